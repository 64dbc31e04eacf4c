using System.Net;
using System.Net.WebSockets;
using System.Text;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Features.Accounts;

namespace CeasefireTracker.Tests.Security;

/// <summary>
/// The hub the admin pages' circuits connect to (/_blazor), spoken to directly as a hostile client would: a foreign
/// Origin is refused at negotiation and at the WebSocket upgrade, a connection without a signed-in editor never gets as
/// far as a circuit, and one account holds a bounded number of connections.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class CircuitHubTests(TestDatabase database) : HostedAppTest(database)
{
    private const string Email = "circuits@example.org";

    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("http://localhost.evil.example")]
    [InlineData("null")]
    public async Task A_foreign_origin_is_refused_at_negotiation_and_at_the_websocket_upgrade(string origin)
    {
        using var client = App.CreateClient();
        Assert.Equal(HttpStatusCode.Forbidden, await NegotiateAsync(client, origin));
        Assert.Equal(HttpStatusCode.OK, await NegotiateAsync(client, "http://localhost"));

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(origin, cookie: null));
        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_without_a_signed_in_editor_is_closed_before_any_circuit()
    {
        using var anonymous = await ConnectAsync("http://localhost", cookie: null);
        Assert.True(await HandshakeThenClosedAsync(anonymous));

        var cookie = await SignedInCookieAsync();
        using var editor = await ConnectAsync("http://localhost", cookie);
        Assert.False(await HandshakeThenClosedAsync(editor));
    }

    [Fact]
    public async Task One_account_holds_at_most_twenty_circuit_connections()
    {
        var cookie = await SignedInCookieAsync();
        var open = new List<WebSocket>();
        try
        {
            for (var i = 0; i < 20; i++)
            {
                var socket = await ConnectAsync("http://localhost", cookie);
                open.Add(socket);
                Assert.False(await HandshakeThenClosedAsync(socket), $"connection {i + 1} was closed");
            }

            using var oneMore = await ConnectAsync("http://localhost", cookie);
            Assert.True(await HandshakeThenClosedAsync(oneMore), "the 21st connection stayed open");
        }
        finally
        {
            foreach (var socket in open) socket.Dispose();
        }
    }

    private static async Task<HttpStatusCode> NegotiateAsync(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/_blazor/negotiate?negotiateVersion=1", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Origin", origin);
        using var response = await client.SendAsync(request, Cancel);
        return response.StatusCode;
    }

    /// <summary>A WebSocket to the hub without negotiation (as SignalR's skipNegotiation does), with the given Origin and cookie.</summary>
    private async Task<WebSocket> ConnectAsync(string origin, string? cookie)
    {
        var client = App.Server.CreateWebSocketClient();
        client.ConfigureRequest = request =>
        {
            request.Headers.Origin = origin;
            if (cookie is not null) request.Headers.Cookie = cookie;
        };
        return await client.ConnectAsync(new Uri("ws://localhost/_blazor"), Cancel);
    }

    /// <summary>
    /// Sends SignalR's handshake (the protocol Blazor's script uses) and reads the answer; true when the server then
    /// closes the connection within five seconds, false when it stays open.
    /// </summary>
    private static async Task<bool> HandshakeThenClosedAsync(WebSocket socket)
    {
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"blazorpack\",\"version\":1}\u001e"), WebSocketMessageType.Text, true, Cancel);
        var buffer = new byte[4096];
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        wait.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, wait.Token);
                if (received.MessageType == WebSocketMessageType.Close) return true;
                // The handshake answer ("{}") and anything after it: keep reading until the server closes or time is up.
            }
        }
        catch (OperationCanceledException) when (!Cancel.IsCancellationRequested)
        {
            return socket.State is WebSocketState.Closed or WebSocketState.CloseReceived or WebSocketState.Aborted;
        }
        catch (WebSocketException)
        {
            return true;
        }
    }

    private async Task<string> SignedInCookieAsync()
    {
        await TestAccounts.CreateAsync(App.Services, Email, TrackerRoles.Editor);
        var cookies = new CookieContainer();
        using var client = await TestAccounts.SignedInClientAsync(App, Email, cookies: cookies);
        return cookies.GetCookieHeader(new Uri("http://localhost/"));
    }
}
