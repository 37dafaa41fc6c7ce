using NewsKit.Models;

namespace NewsKit.Tests.Metadata;

/// <summary>Metadata on the markup blogging platforms write around every post. Pages written for these tests.</summary>
public sealed class PlatformTemplateTests
{
    private const string Paragraph = "<p>The harbour board voted on Tuesday to close the old ferry pier for good. The service ran for ninety years and carried generations of commuters to the city.</p>";

    [Fact]
    public void Bloggers_posts_gadget_is_the_posts_own_region_though_blogger_calls_it_a_widget()
    {
        var article = new ArticleParser().Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour notes: The old ferry pier closes</title></head><body>
            <header><h1 class="title"><a href="/">Harbour notes</a></h1></header>
            <div class="main section" id="main"><div class="widget Blog" id="Blog1">
            <div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting">
            <h3 class="post-title entry-title" itemprop="name">The old ferry pier closes</h3>
            <div class="post-body entry-content" itemprop="articleBody">{Paragraph}{Paragraph}</div>
            <div class="post-footer">Posted by <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Jana Beispiel</span></span>
            at <abbr class="published" itemprop="datePublished" title="2019-05-18T09:14:00-07:00">9:14 AM</abbr></div>
            </div></div></div>
            <div class="sidebar section"><div class="widget PopularPosts" id="PopularPosts1"><h2>Popular posts</h2>
            <div class="item-title"><a href="/2019/04/lighthouse.html">The lighthouse keeper's last night on the rock</a></div>
            <div class="post-footer">Posted by <span class="fn">Max Muster</span></div></div></div></body></html>
            """).Article;

        Assert.Equal("The old ferry pier closes", article?.Headline);
        var author = Assert.Single(article!.Authors);
        Assert.Equal("Jana Beispiel", author.Name);
    }
    [Fact]
    public void Bloggers_posts_gadget_of_a_theme_without_hentry_is_the_posts_own_region()
    {
        var article = new ArticleParser().Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour notes: The old ferry pier closes</title></head><body>
            <div class="widget Blog" id="Blog1"><div class="post"><h3 class="post-title">The old ferry pier closes</h3>
            <div class="post-header">Posted by <a href="https://www.blogger.com/profile/0912" rel="author">Jana Beispiel</a></div>
            <div class="post-body">{Paragraph}{Paragraph}</div></div></div></body></html>
            """).Article;

        Assert.Equal("The old ferry pier closes", article?.Headline);
        Assert.Equal("Jana Beispiel", Assert.Single(article!.Authors).Name);
    }

    [Theory]
    [InlineData("Unknown")]
    [InlineData("Anonymous")]
    public void A_placeholder_where_the_name_is_missing_is_no_author(string placeholder)
    {
        var article = new ArticleParser().Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>The old ferry pier closes</title></head><body>
            <div class="widget Blog" id="Blog1"><div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting">
            <h3 class="post-title entry-title" itemprop="name">The old ferry pier closes</h3>
            <div class="post-body entry-content" itemprop="articleBody">{Paragraph}{Paragraph}</div>
            <div class="post-footer">Posted by <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">{placeholder}</span></span></div>
            </div></div></body></html>
            """).Article;

        Assert.Empty(article!.Authors);
    }

    [Fact]
    public void A_byline_field_before_the_body_field_names_the_author_not_the_tags_field_after_it()
    {
        var article = new ArticleParser().Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>The old ferry pier closes | Harbour Radio</title></head><body>
            <div id="content"><h1 class="title" id="page-title">The old ferry pier closes</h1>
            <div id="node-8841" class="node node-article node-full"><div class="content clearfix">
            <div class="field field-name-field-byline"><div class="field-items"><div class="field-item even">By Janet Okonkwo</div></div></div>
            <div class="field field-name-body"><div class="field-items"><div class="field-item even">{Paragraph}{Paragraph}</div></div></div>
            <div class="field field-name-field-tags"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/topics/harbour">Harbour</a></div>
            <div class="field-item odd"><a href="/topics/state-budget">State Budget</a></div><div class="field-item even"><a href="/topics/estill-county">Estill County</a></div></div></div>
            </div></div></div></body></html>
            """).Article!;

        Assert.Equal(["Janet Okonkwo"], article.Authors.Select(a => a.Name));
    }

    [Fact]
    public void The_footer_of_a_node_under_a_title_block_outside_it_holds_the_byline()
    {
        var article = new ArticleParser().Parse($"""
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>La piscine fermera deux ans | Les Échos</title></head><body>
            <main role="main"><div class="layout-content"><div class="region region-content">
            <h1 class="page-title">La piscine fermera deux ans</h1>
            <div id="block-echos-content" class="block block-system block-system-main-block"><article role="article" class="node node--type-article">
            <footer class="node__meta"><div class="node__submitted"><div class="field field--name-field-auteur field--label-inline">
            <div class="field__label">Par</div><div class="field__item"><a href="/auteurs/claire-dubois">Claire Dubois</a></div></div></div></footer>
            <div class="node__content"><div class="field field--name-body">{Paragraph}{Paragraph}</div>
            <div class="field field--name-field-tags"><div class="field__label">Mots-clés</div><div class="field__items"><div class="field__item"><a href="/tags/saint-claude">Saint-Claude</a></div><div class="field__item"><a href="/tags/sport">Sport</a></div></div></div></div>
            </article></div></div></div></main></body></html>
            """).Article!;

        Assert.Equal(["Claire Dubois"], article.Authors.Select(a => a.Name));
    }
}
