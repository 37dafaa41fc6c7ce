using NewsKit.Models;

namespace NewsKit.Extensions;

/// <summary>Adds candidates for the stages of one page, before they run (see <see cref="ArticleParserBuilder.AddCandidates"/>).</summary>
/// <param name="page">The page.</param>
/// <param name="candidates">Where the candidates go.</param>
public delegate void CandidateProvider(ArticlePage page, ArticleCandidates candidates);

/// <summary>Changes the finished article of one page (see <see cref="ArticleParserBuilder.AddPostProcessor"/>).</summary>
/// <param name="article">The article as the stages and the earlier post-processors left it.</param>
/// <param name="page">The page.</param>
/// <returns>The article to keep: <paramref name="article"/> itself or a copy made with <c>with</c>.</returns>
public delegate Article ArticlePostProcessor(Article article, ArticlePage page);
