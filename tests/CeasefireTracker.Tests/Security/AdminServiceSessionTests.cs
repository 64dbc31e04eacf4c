using System.Reflection;
using CeasefireTracker.Web.Features.Accounts;

namespace CeasefireTracker.Tests.Security;

/// <summary>
/// Every method of an admin service that touches the database takes an <see cref="EditorSession"/>, reads as well as
/// writes, so no admin component can read drafts, histories, actors or accounts without the account check the
/// session stands for (only <see cref="EditorGuard"/> makes one). A new admin service or method without it fails here.
/// </summary>
public sealed class AdminServiceSessionTests
{
    [Fact]
    public void Every_admin_service_method_that_returns_data_takes_an_editor_session()
    {
        var services = typeof(EditorGuard).Assembly.GetTypes()
            .Where(t => t.IsClass && t.IsPublic && t.Name.EndsWith("Service", StringComparison.Ordinal)
                && (t.Namespace?.StartsWith("CeasefireTracker.Web.Features.Admin", StringComparison.Ordinal) == true || t == typeof(AccountAdminService)))
            .ToList();
        var methods = services
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType))
            .ToList();

        Assert.True(services.Count >= 6 && methods.Count >= 15, $"found {services.Count} services and {methods.Count} methods: is the discovery broken?");
        Assert.Empty(methods
            .Where(m => !m.GetParameters().Any(p => p.ParameterType == typeof(EditorSession)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}"));
    }
}
