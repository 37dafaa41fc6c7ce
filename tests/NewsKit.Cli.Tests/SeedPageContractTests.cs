using System.Text.Json;

namespace NewsKit.Cli.Tests;

/// <summary>
/// Both seed pages through <c>newskit parse --url PAGE_URL</c>, read back by the JSON names other tools use and
/// compared with the seed's expected.json: the command's output end to end, as a new user or a tool sees it.
/// </summary>
public sealed class SeedPageContractTests
{
    private static readonly JsonElement Expected = LoadExpected();

    public static TheoryData<string> Pages => new() { "seed.html", "seed-bare.html" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Headline_standfirst_and_published_instant_with_the_offset_shown(string page)
    {
        var json = await ParseAsync(page);

        Assert.Equal(Expected.GetProperty("headline").GetString(), json.GetProperty("headline").GetString());
        Assert.Equal(Expected.GetProperty("standfirst").GetString(), json.GetProperty("standfirst").GetString());
        var published = json.GetProperty("dateline").GetProperty("published");
        var dateline = Expected.GetProperty("dateline");
        Assert.Equal("instant", published.GetProperty("kind").GetString());
        Assert.Equal(dateline.GetProperty("published_instant").GetString(), published.GetProperty("instant").GetString());
        if (page == "seed-bare.html")
        {
            Assert.Equal(dateline.GetProperty("published_offset").GetString(), published.GetProperty("offset").GetString());
            Assert.Equal(dateline.GetProperty("published_text").GetString(), published.GetProperty("text").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Body_blocks_are_the_expected_paragraphs(string page)
    {
        var body = (await ParseAsync(page)).GetProperty("body");

        var expected = Expected.GetProperty("body_paragraphs").EnumerateArray().Select(p => p.GetString()!).ToArray();
        Assert.Equal(expected, body.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("text").GetString()!).ToArray());
        Assert.Equal(string.Join("\n\n", expected), body.GetProperty("text").GetString());
        foreach (var forbidden in Expected.GetProperty("body_must_not_contain").EnumerateArray())
        {
            Assert.DoesNotContain(forbidden.GetString()!, body.GetProperty("text").GetString()!, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Related_links_in_page_order_with_absolute_urls_and_instants(string page)
    {
        var links = (await ParseAsync(page)).GetProperty("relatedLinks").EnumerateArray().ToArray();

        var expected = Expected.GetProperty("related_links").EnumerateArray().ToArray();
        Assert.Equal(expected.Length, links.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].GetProperty("title").GetString(), links[i].GetProperty("title").GetString());
            Assert.Equal(expected[i].GetProperty("url").GetString(), links[i].GetProperty("url").GetString());
            Assert.Equal(expected[i].GetProperty("published_instant").GetString(), links[i].GetProperty("published").GetProperty("instant").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Copyright_parts(string page)
    {
        var copyright = (await ParseAsync(page)).GetProperty("copyright");

        var expected = Expected.GetProperty("copyright");
        Assert.Equal(expected.GetProperty("text").GetString(), copyright.GetProperty("text").GetString());
        Assert.Equal(expected.GetProperty("holder").GetString(), copyright.GetProperty("holder").GetString());
        Assert.Equal(expected.GetProperty("year_from").GetInt32(), copyright.GetProperty("yearFrom").GetInt32());
        Assert.Equal(expected.GetProperty("year_to").GetInt32(), copyright.GetProperty("yearTo").GetInt32());
        Assert.Equal(expected.GetProperty("statement").GetString(), copyright.GetProperty("statement").GetString());
    }

    private static async Task<JsonElement> ParseAsync(string page)
    {
        var run = await CliRun.RunAsync("parse", CliRun.PagePath(page), "--url", Expected.GetProperty("page_url").GetString()!);
        Assert.Equal(0, run.ExitCode);
        return run.Json();
    }

    private static JsonElement LoadExpected()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(CliRun.PagePath("expected.json")));
        return document.RootElement.Clone();
    }
}
