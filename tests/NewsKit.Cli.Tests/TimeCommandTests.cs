namespace NewsKit.Cli.Tests;

public sealed class TimeCommandTests
{
    [Fact]
    public async Task One_text_gives_one_line_with_the_contract_names()
    {
        var run = await CliRun.RunAsync("time", "Fri Jul 18 2025 08:52:07 GMT+0300 (Eastern European Summer Time)");

        Assert.Equal(0, run.ExitCode);
        var json = run.Json();
        JsonAssert.Names(json, "input", "kind", "value", "offset", "reason", "failure");
        Assert.Equal("instant", json.GetProperty("kind").GetString());
        Assert.Equal("2025-07-18T05:52:07Z", json.GetProperty("value").GetString());
        Assert.Equal("+03:00", json.GetProperty("offset").GetString());
    }

    [Fact]
    public async Task Words_after_the_command_are_one_text()
    {
        var run = await CliRun.RunAsync("time", "Fri,", "18", "Jul", "2025", "05:34:20", "GMT");

        Assert.Equal("Fri, 18 Jul 2025 05:34:20 GMT", run.Json().GetProperty("input").GetString());
        Assert.Equal("2025-07-18T05:34:20Z", run.Json().GetProperty("value").GetString());
    }

    [Fact]
    public async Task Zone_option_turns_a_local_time_into_an_instant()
    {
        var local = await CliRun.RunAsync("time", "2025-07-18T08:52:07");
        var zoned = await CliRun.RunAsync("time", "--zone", "Europe/Minsk", "2025-07-18T08:52:07");

        Assert.Equal("local", local.Json().GetProperty("kind").GetString());
        Assert.Equal("2025-07-18T08:52:07", local.Json().GetProperty("value").GetString());
        Assert.Equal("instant", zoned.Json().GetProperty("kind").GetString());
        Assert.Equal("2025-07-18T05:52:07Z", zoned.Json().GetProperty("value").GetString());
        Assert.Equal("+03:00", zoned.Json().GetProperty("offset").GetString());
    }

    [Fact]
    public async Task Stdin_gives_one_line_per_input_line_in_order_with_per_line_context()
    {
        const string input =
            "2025-07-18\n" +
            "2025-07-18T08:52:07\t\tEurope/Minsk\n" +
            "2025-07-18T08:52:07\n" +
            "not a date at all\n" +
            "2025-07-18T08:52:07\t\tNowhere/Atlantis\n" +
            "2025-07-18T08:52:07\tyesterday-ish\n";

        var run = await CliRun.RunWithInputAsync(input, "time", "--zone", "UTC");

        Assert.Equal(0, run.ExitCode);
        var lines = run.OutLines.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(6, lines.Length);
        Assert.Equal(
            ["2025-07-18", "2025-07-18T08:52:07", "2025-07-18T08:52:07", "not a date at all", "2025-07-18T08:52:07", "2025-07-18T08:52:07"],
            lines.Select(l => l.GetProperty("input").GetString()!).ToArray());
        Assert.Equal(["date", "instant", "instant", "reject", "reject", "reject"], lines.Select(l => l.GetProperty("kind").GetString()!).ToArray());
        Assert.Equal("2025-07-18T05:52:07Z", lines[1].GetProperty("value").GetString());
        Assert.Equal("2025-07-18T08:52:07Z", lines[2].GetProperty("value").GetString());
        Assert.Contains("Nowhere/Atlantis", lines[4].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("yesterday-ish", lines[5].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.All(lines[..3], l => Assert.Equal(System.Text.Json.JsonValueKind.Null, l.GetProperty("reason").ValueKind));
    }

    [Theory]
    [InlineData("time", "--zone", "Nowhere/Atlantis", "2025-07-18")]
    [InlineData("time", "--now", "soon", "2025-07-18")]
    [InlineData("time", "--culture", "xx-NOT-A-CULTURE", "2025-07-18")]
    [InlineData("time", "--frobnicate", "2025-07-18")]
    public async Task Bad_options_are_exit_code_2(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
    }
}
