using NewsKit.Body;

namespace NewsKit.Tests.Body;

/// <summary>The class and id judge: its verdicts, and the bound on what it keeps for one page.</summary>
public sealed class ClassWordsTests
{
    [Fact]
    public void A_page_with_a_hundred_thousand_distinct_names_keeps_a_bounded_cache_and_judges_them_all_alike()
    {
        var words = new ClassWords();
        for (var i = 0; i < 100_000; i++)
        {
            var verdict = words.Judge($"sidebar-{i} box", $"id-{i}");
            Assert.True(verdict.Boilerplate && verdict.Strong, $"name {i}");
        }

        Assert.InRange(words.Entries, 1, 3 * ClassWords.MaxCached);
        Assert.True(words.Judge("article-body", null).ContentWords > 0);
    }
}
