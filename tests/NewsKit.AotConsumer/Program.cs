using System.Text;
using NewsKit;
using NewsKit.AotConsumer;

// A small consumer of the NewsKit library, published as a Native AOT executable by tests/NewsKit.AotTests:
//   NewsKit.AotConsumer LIST OUT
// parses every page named in LIST (one path a line; .html or gzipped .html.gz, read as bytes) with
// ArticleDump.ParserOptions and writes one line a page to OUT: the path, a tab, and ArticleDump's JSON.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: NewsKit.AotConsumer LIST OUT");
    return 2;
}

var parser = new ArticleParser(ArticleDump.ParserOptions(ArticleDump.Now));
using var output = new StreamWriter(args[1], append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
output.NewLine = "\n";
var pages = 0;
foreach (var path in File.ReadAllLines(args[0]))
{
    if (path.Length == 0)
    {
        continue;
    }

    var result = parser.Parse(File.ReadAllBytes(path));
    output.WriteLine(path + "\t" + ArticleDump.Write(result));
    pages++;
}

Console.WriteLine($"{pages} pages");
return 0;
