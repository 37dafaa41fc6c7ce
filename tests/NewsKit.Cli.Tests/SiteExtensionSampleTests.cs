namespace NewsKit.Cli.Tests;

/// <summary>samples/SiteExtension as a reader runs it: the site rule changes what the default parser gives for its page.</summary>
public sealed class SiteExtensionSampleTests
{
    private static readonly string SampleFolder = ChildProcesses.SampleFolder("SiteExtension");

    private static (int ExitCode, string Out, string Error) Run(params string[] args) =>
        ChildProcesses.Run(Path.GetTempPath(), [Path.Combine(SampleFolder, "SiteExtension.dll"), .. args]);

    [Fact]
    public void The_site_rule_changes_the_result_on_its_page()
    {
        var (code, output, error) = Run();

        Assert.True(code == 0, error);
        var parts = output.Split("== with the Courier extension", StringSplitOptions.None);
        Assert.Equal(2, parts.Length);
        var (plain, extended) = (parts[0], parts[1]);

        // The default parser keeps the subscription box set between the paragraphs; the rule leaves it out.
        Assert.Contains("| Subscribe to the Courier today", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe to the Courier", extended, StringComparison.Ordinal);
        Assert.Contains("path Scored", plain, StringComparison.Ordinal);
        Assert.Contains("body:      5 blocks, path Extension", extended, StringComparison.Ordinal);
        Assert.Contains("authors:   Mara Lindqvist, Tomas Berg (Extension)", extended, StringComparison.Ordinal);
        Assert.Contains("published: 3 March 2025, 07:45 (Extension)", extended, StringComparison.Ordinal);
        Assert.Contains("tags:      courier", extended, StringComparison.Ordinal);
        Assert.DoesNotContain("courier", plain.Split('\n').Single(l => l.StartsWith("tags:", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_of_another_site_is_parsed_as_usual()
    {
        var page = Path.Combine(SampleFolder, "pages", "site-extension.html");

        var (code, output, error) = Run(page, "https://other.example/city/harbour-bridge");

        Assert.True(code == 0, error);
        var parts = output.Split("== with the Courier extension", StringSplitOptions.None);
        Assert.Equal(parts[0].Replace("== default parser", string.Empty, StringComparison.Ordinal).Trim(), parts[1].Trim());
    }
}
