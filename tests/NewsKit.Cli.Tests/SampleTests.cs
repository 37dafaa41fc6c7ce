namespace NewsKit.Cli.Tests;

/// <summary>samples/ParseOnePage as a reader runs it: from any folder, with a missing file or a bad URL, never a stack trace.</summary>
public sealed class SampleTests
{
    private static readonly string SampleFolder = ChildProcesses.SampleFolder("ParseOnePage");

    private static (int ExitCode, string Out, string Error) Run(string workingDirectory, params string[] args) =>
        ChildProcesses.Run(workingDirectory, [Path.Combine(SampleFolder, "ParseOnePage.dll"), .. args]);

    [Fact]
    public void Runs_from_its_own_folder_with_the_seed_page()
    {
        var ownFolder = Path.GetFullPath(Path.Combine(SampleFolder, "..", "..", ".."));

        var (code, output, error) = Run(ownFolder);

        Assert.True(code == 0, error);
        Assert.StartsWith("Trump Strengthens Belarus Ties", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "no such file", "/no/such/page.html")]
    [InlineData(2, "not an absolute URL", "page.html", "not a url")]
    public void A_missing_file_or_a_bad_url_is_one_line(int exitCode, string message, params string[] args)
    {
        var (code, _, error) = Run(Path.GetTempPath(), args);

        Assert.Equal(exitCode, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
