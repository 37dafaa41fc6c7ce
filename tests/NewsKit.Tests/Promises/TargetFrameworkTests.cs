using System.Reflection;
using System.Runtime.Versioning;

namespace NewsKit.Tests.Promises;

/// <summary>The suite runs once per build of the library: each run tests the build for its own target.</summary>
public sealed class TargetFrameworkTests
{
    [Fact]
    public void The_library_under_test_is_the_build_for_this_target()
    {
        var target = typeof(ArticleParser).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;

#if NET10_0_OR_GREATER
        Assert.Equal(".NETCoreApp,Version=v10.0", target);
#else
        Assert.Equal(".NETCoreApp,Version=v8.0", target);
#endif
    }
}
