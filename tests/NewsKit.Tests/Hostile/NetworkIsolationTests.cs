using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NewsKit.Tests.Hostile;

/// <summary>
/// Nothing leaves the process: a page whose scripts, stylesheets, images, frames, media, imports, refresh and
/// forms all point at a port this test listens on causes no connection, and no script runs (a script that would
/// write a marker into the page leaves no trace of it in any text of the result).
/// </summary>
public sealed class NetworkIsolationTests
{
    [Fact]
    public async Task A_page_pointing_everything_at_a_local_port_opens_no_connection_and_runs_no_script()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var origin = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
            var page = Page(origin);
            var url = new Uri(origin + "/news/story.html");

            var results = new List<ParseResult>
            {
                ArticleParser.Default.Parse(page, url),
                ArticleParser.Default.Parse((ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(page), url),
                await ArticleParser.Default.ParseAsync(new MemoryStream(Encoding.UTF8.GetBytes(page)), url),
            };

            // Anything the parse had started would have connected by now; give it a moment anyway.
            using var wait = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
            var accepted = listener.AcceptTcpClientAsync(wait.Token).AsTask();
            await Task.WhenAny(accepted, Task.Delay(Timeout.Infinite, wait.Token).ContinueWith(_ => { }, TaskScheduler.Default));
            Assert.False(accepted.IsCompletedSuccessfully, "the parser connected to the local port");

            foreach (var result in results)
            {
                Assert.True(result.Success, result.ToString());
                Assert.Contains("The pier reopened", result.Article.Body.Text, StringComparison.Ordinal);
                foreach (var text in Texts(result))
                {
                    Assert.DoesNotContain("SCRIPT-RAN", text, StringComparison.Ordinal);
                    Assert.DoesNotContain("document.", text, StringComparison.Ordinal);
                }
            }
        }
        finally
        {
            listener.Stop();
        }
    }

    private static string Page(string origin) => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <title>Pier reopens after repairs</title>
        <base href="{{origin}}/base/">
        <meta http-equiv="refresh" content="0; url={{origin}}/refresh">
        <link rel="stylesheet" href="{{origin}}/style.css">
        <link rel="preload" href="{{origin}}/font.woff2" as="font">
        <link rel="import" href="{{origin}}/import.html">
        <style>@import url("{{origin}}/imported.css"); body { background: url({{origin}}/bg.png); }</style>
        <script src="{{origin}}/app.js"></script>
        <script>document.title = 'SCRIPT' + '-RAN'; document.write('<p>SCRIPT' + '-RAN</p>');</script>
        </head>
        <body onload="document.body.innerHTML += 'SCRIPT' + '-RAN'">
        <article>
        <h1>Pier reopens after repairs</h1>
        <img src="{{origin}}/lead.jpg" srcset="{{origin}}/lead-2x.jpg 2x" alt="The pier">
        <p>The pier reopened on Saturday after six months of repairs to its timber deck, and the first visitors walked to the end before the café had opened.</p>
        <script>var p = document.createElement('p'); p.textContent = 'SCRIPT' + '-RAN'; document.body.appendChild(p);</script>
        <p>Engineers replaced more than four hundred planks and two of the iron columns that had rusted through, the town council said in a statement.</p>
        <iframe src="{{origin}}/frame.html"></iframe>
        <object data="{{origin}}/object.swf"></object>
        <embed src="{{origin}}/embed.swf">
        <video src="{{origin}}/clip.mp4" poster="{{origin}}/poster.jpg"><source src="{{origin}}/clip.webm"><track src="{{origin}}/subs.vtt"></video>
        <audio src="{{origin}}/sound.mp3"></audio>
        <p>The council plans to paint the railings in the spring, when the weather allows work at the far end of the deck.</p>
        <form action="{{origin}}/submit" method="post"><input type="image" src="{{origin}}/button.png"></form>
        <svg><image href="{{origin}}/vector.png"/><script href="{{origin}}/svg.js"></script></svg>
        </article>
        </body></html>
        """;

    private static IEnumerable<string> Texts(ParseResult result)
    {
        var article = result.Article!;
        yield return article.Headline ?? string.Empty;
        yield return article.Standfirst ?? string.Empty;
        yield return article.Body.Text;
        yield return article.Body.ToMarkdown();
        yield return article.Copyright?.Text ?? string.Empty;
        foreach (var link in article.RelatedLinks)
        {
            yield return link.Title;
        }

        foreach (var author in article.Authors)
        {
            yield return author.Name;
        }
    }
}
