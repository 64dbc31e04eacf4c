using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using CeasefireTracker.Web.Infrastructure;

namespace CeasefireTracker.Web.Features.Accounts;

/// <summary>
/// The gate of every admin page's circuit. An interactive admin page is its circuit's render root, so no
/// AuthorizeRouteView or [Authorize] check stands in front of it inside the circuit: a circuit started from a saved copy
/// of the page, or kept open after the session ended, would go on reading. This handler checks the circuit's user
/// through <see cref="EditorGuard"/> when the circuit opens and again before anything the browser sends is processed
/// (a UI event, a JS interop call, a render acknowledgement, a location change), and when the minute-by-minute
/// revalidation changes the user. A user who may no longer edit gets nothing more from the circuit: what they sent is
/// dropped, and the browser is told to load the page again, which the HTTP pipeline answers with the sign-in or the
/// access-denied page. (Account management additionally needs an admin session from <see cref="AccountAdminService"/>.)
/// </summary>
internal sealed class CircuitAccess(
    AuthenticationStateProvider authentication, EditorGuard guard, NavigationManager navigation, ILogger<CircuitAccess> logger)
    : CircuitHandler
{
    private int refused;

    // The last browser message admitted to the circuit: the next one waits for it (see CreateInboundActivityHandler).
    private Task handedOn = Task.CompletedTask;

    // First of all handlers, so no other handler's inbound work runs for a refused user.
    public override int Order => int.MinValue;

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(circuit, cancellationToken))
        {
            // Throwing here is how a circuit handler refuses a circuit: the framework tears it down before it adds
            // and renders the page's components.
            throw new EditorAccessDeniedException("This circuit's user may not use the admin pages.");
        }

        authentication.AuthenticationStateChanged += OnAuthenticationStateChanged;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged -= OnAuthenticationStateChanged;
        return Task.CompletedTask;
    }

    /// <summary>
    /// Checks the user before each message from the browser is handled, keeping the messages in the order they came.
    /// The check waits for the database, and while it waits the circuit's dispatcher takes the next message: without
    /// the queue a click on "Save" could overtake the change of the field typed just before it, and the form would be
    /// saved without that field. Each message waits for the one before it to be checked and handed on, never for it to
    /// finish (a handler may itself be waiting for a later message, such as the browser's answer to a JS call).
    /// </summary>
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            // Handlers run on the circuit's dispatcher, one at a time between awaits, so the queue needs no lock.
            var previous = handedOn;
            var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            handedOn = mine.Task;
            try
            {
                await previous;
                if (!await AllowedAsync(context.Circuit, CancellationToken.None)) return;
                var handling = next(context);
                mine.TrySetResult();
                await handling;
            }
            finally
            {
                mine.TrySetResult();
            }
        };

    /// <summary>The revalidation signed the circuit out, or a reconnection brought another user: act now, not at the next click.</summary>
    private async void OnAuthenticationStateChanged(Task<AuthenticationState> state)
    {
        try
        {
            await AllowedAsync(circuit: null, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Checking a circuit's new user failed");
        }
    }

    private async Task<bool> AllowedAsync(Circuit? circuit, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref refused) == 1) return false;
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        try
        {
            await guard.RequireEditorAsync(user, cancellationToken);
            return true;
        }
        catch (EditorAccessDeniedException denied)
        {
            Refuse(circuit, denied.Message);
            return false;
        }
        catch (Exception e) when (DatabaseOutage.IsOutage(e))
        {
            // The account cannot be read, and neither can anything else: every admin read and write takes a session
            // from the same guard and fails the same way, and the page tells the editor the database is away while
            // keeping what they typed. Refusing here would throw that input away.
            return true;
        }
    }

    private void Refuse(Circuit? circuit, string reason)
    {
        if (Interlocked.Exchange(ref refused, 1) == 1) return;
        logger.LogWarning("Circuit {CircuitId} refused: {Reason}", circuit?.Id ?? "(open)", reason);
        navigation.NavigateTo(navigation.Uri, forceLoad: true);
    }
}
