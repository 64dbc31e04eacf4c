using CeasefireTracker.Web.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>A real (in-memory) output cache store for services under test that evict the public pages after a write.</summary>
public static class TestPageCache
{
    public static PublicPageCache Create() =>
        new(new ServiceCollection().AddOptions().AddOutputCache().BuildServiceProvider().GetRequiredService<IOutputCacheStore>());
}
