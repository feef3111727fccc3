using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Pipeline;
using SiteGen.Rendering;
using SiteGen.Serving;

// Measures edit-to-reload latency of the preview server: from the moment a content file's save completes
// (the write is closed) to the moment a connected client has read the server-sent "reload" event.
//
// usage: ServeLatency committed [--edits N]         the repository's own content/ and templates/, copied to a temp folder
//                                                    (--content DIR: another content folder with the committed templates)
//        ServeLatency corpus PAGES [--edits N]      a synthetic site of PAGES articles from ../shared/bench/gen_corpus.py
//        ServeLatency overhead PAGES [--edits N]    serve's own cost at PAGES pages: a stand-in renderer that rebuilds only the
//                                                    edited page, so what is left is watching, debouncing, diffing and SSE
//        add --rename to save by temp-file-and-rename instead of rewriting in place
var args2 = args.ToList();
var edits = Option("--edits", 30);
var rename = args2.Remove("--rename");
var contentAt = args2.IndexOf("--content");
string? contentDir = null;
if (contentAt >= 0)
{
    contentDir = Path.GetFullPath(args2[contentAt + 1]);
    args2.RemoveRange(contentAt, 2);
}
var mode = args2.ElementAtOrDefault(0) ?? "committed";
var root = FindRepositoryRoot();
var work = Path.Combine(Path.GetTempPath(), "sitegen-serve-bench", mode + "-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
Directory.CreateDirectory(work);

string editTarget;
if (mode == "committed")
{
    Copy(contentDir ?? Path.Combine(root, "content"), Path.Combine(work, "content"));
    editTarget = new[] { "people", "timeline", "articles", "pages" }
        .Select(f => Path.Combine(work, "content", f))
        .Where(Directory.Exists)
        .SelectMany(d => Directory.GetFiles(d, "*.md").Order(StringComparer.Ordinal))
        .First();
}
else if (mode == "corpus")
{
    var pages = int.Parse(args2.ElementAtOrDefault(1) ?? "10000", CultureInfo.InvariantCulture);
    editTarget = MakeCorpus(pages, Path.Combine(work, "content"), Path.Combine(root, "content"));
}
else if (mode == "overhead")
{
    var pages = int.Parse(args2.ElementAtOrDefault(1) ?? "10000", CultureInfo.InvariantCulture);
    editTarget = Path.Combine(work, "content", "pages", "edited.md");
    Directory.CreateDirectory(Path.GetDirectoryName(editTarget)!);
    File.WriteAllText(editTarget, "---\ntitle: Edited page\n---\nBody.\n");
}
else
{
    Console.Error.WriteLine("usage: ServeLatency committed|corpus|overhead [PAGES] [--edits N] [--rename]");
    return 2;
}
Copy(Path.Combine(root, "templates"), Path.Combine(work, "templates"));

var options = new ServeOptions(new BuildOptions(Path.Combine(work, "content"), Path.Combine(work, "templates"), Path.Combine(work, "output")) { DisplayRoot = work }, Port: 0);
var startClock = Stopwatch.StartNew();
Func<ChangeSet, BuildResult>? standIn = null;
if (mode == "overhead")
{
    // Pages of about the committed site's size (6 KB), each linking to the next, plus the one page made from the edited file.
    var pages = int.Parse(args2.ElementAtOrDefault(1) ?? "10000", CultureInfo.InvariantCulture);
    var filler = string.Concat(Enumerable.Repeat("<p>Lorem ipsum dolor sit amet, summit talks ceasefire security dialogue.</p>\n", 80));
    var files = Enumerable.Range(1, pages).Select(i => new OutputFile($"articles/page-{i:D5}/index.html", System.Text.Encoding.UTF8.GetBytes(
        $"<!doctype html><html><head><title>Page {i}</title></head><body><h1>Page {i}</h1>{filler}<a href=\"/articles/page-{i % pages + 1:D5}/\">next</a></body></html>"))).ToList();
    var site = new SiteGen.Content.SiteInfo("Bench", "", "en", SiteGen.Content.SiteUrls.From("http://localhost/"), "", SiteGen.Diagnostics.SourceSpan.StartOf("site.yaml"));
    var content = new SiteGen.Content.SiteContent(site, new SiteGen.Content.HomeSummary("", "", "", "", "", "", "", SiteGen.Diagnostics.SourceSpan.StartOf("_index.md")), [], [], [], [], []);
    standIn = _ =>
    {
        var edited = new OutputFile("edited/index.html", System.Text.Encoding.UTF8.GetBytes("<!doctype html><html><body>" + System.Net.WebUtility.HtmlEncode(File.ReadAllText(editTarget)) + "</body></html>"));
        return new BuildResult(content, [.. files, edited], []);
    };
    options = options with { RunChecks = false };
}
await using var server = await DevServer.StartAsync(options, build: standIn);
Console.WriteLine($"site: {mode}, {server.Snapshot.Count} files served, first build + start {startClock.ElapsedMilliseconds} ms; editing {Path.GetRelativePath(work, editTarget)} {edits} times ({(rename ? "temp file + rename" : "rewrite in place")})");

// A real SSE client over loopback, as the browser is.
using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
using var stream = await http.GetStreamAsync(new Uri(server.Address, ReloadScriptInjector.EventsPath));
using var reader = new StreamReader(stream);
var reloads = System.Threading.Channels.Channel.CreateUnbounded<long>();
_ = Task.Run(async () =>
{
    while (await reader.ReadLineAsync() is { } line)
    {
        if (line == "event: reload") reloads.Writer.TryWrite(Stopwatch.GetTimestamp());
    }
});

var done = System.Threading.Channels.Channel.CreateUnbounded<RebuildReport>();
server.Rebuilt += r => done.Writer.TryWrite(r);

var original = File.ReadAllText(editTarget);
var latencies = new List<double>();
var buildTimes = new List<double>();
for (var i = 0; i <= edits; i++)
{
    // Each edit changes the visible text, so every rebuild has pages to reload.
    var text = Regex.Replace(original, @"^(name|title): (.*)$", m => $"{m.Groups[1].Value}: {m.Groups[2].Value.Trim('"')} {i}", RegexOptions.Multiline);
    long saved;
    if (rename)
    {
        var temp = Path.Combine(Path.GetDirectoryName(editTarget)!, "." + Path.GetFileName(editTarget) + ".tmp");
        File.WriteAllText(temp, text);
        File.Move(temp, editTarget, overwrite: true);
        saved = Stopwatch.GetTimestamp();
    }
    else
    {
        File.WriteAllText(editTarget, text);
        saved = Stopwatch.GetTimestamp();
    }
    var reloaded = await reloads.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(10));
    var report = await done.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(10)); // includes the check pass that follows
    if (i == 0) continue; // warm-up: the first rebuild JIT-compiles the rebuild path
    latencies.Add(Stopwatch.GetElapsedTime(saved, reloaded).TotalMilliseconds);
    buildTimes.Add(report.Elapsed.TotalMilliseconds);
    await Task.Delay(150);
}

latencies.Sort();
buildTimes.Sort();
Console.WriteLine($"save -> SSE reload: median {Median(latencies):F1} ms, p90 {Percentile(latencies, 0.9):F1} ms, min {latencies[0]:F1} ms, max {latencies[^1]:F1} ms over {latencies.Count} edits");
Console.WriteLine($"  of which debounce quiet window {options.Quiet.TotalMilliseconds:F0} ms; rebuild (load + render + diff) median {Median(buildTimes):F1} ms");
await server.StopAsync();
Directory.Delete(work, recursive: true);
return 0;

int Option(string name, int fallback)
{
    var at = args2.IndexOf(name);
    if (at < 0) return fallback;
    var value = int.Parse(args2[at + 1], CultureInfo.InvariantCulture);
    args2.RemoveRange(at, 2);
    return value;
}

static double Median(List<double> sorted) => Percentile(sorted, 0.5);

static double Percentile(List<double> sorted, double p)
{
    var rank = p * (sorted.Count - 1);
    var low = (int)Math.Floor(rank);
    var high = Math.Min(sorted.Count - 1, low + 1);
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
    }
    throw new InvalidOperationException("run from inside the repository");
}

static void Copy(string from, string to)
{
    foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
    {
        var target = Path.Combine(to, Path.GetRelativePath(from, file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target, overwrite: true);
    }
}

// gen_corpus.py writes page-NNNNN.md with title/date/tags; SiteGen wants articles: drop 'tags' (not an article field)
// and point the corpus's links at the articles' addresses. site.yaml and _index.md come from the committed site.
static string MakeCorpus(int pages, string content, string committedContent)
{
    var raw = Path.Combine(Path.GetDirectoryName(content)!, "corpus");
    // The shared corpus generator sits beside the repository, in ../shared/bench/.
    var generator = Path.Combine(FindRepositoryRoot(), "..", "shared", "bench", "gen_corpus.py");
    using (var python = Process.Start("python3", [generator, pages.ToString(CultureInfo.InvariantCulture), raw]))
    {
        python.WaitForExit();
        if (python.ExitCode != 0) throw new InvalidOperationException("gen_corpus.py failed");
    }
    var articles = Path.Combine(content, "articles");
    Directory.CreateDirectory(articles);
    foreach (var name in new[] { "site.yaml", "_index.md" }) File.Copy(Path.Combine(committedContent, name), Path.Combine(content, name));
    foreach (var file in Directory.GetFiles(raw, "*.md"))
    {
        var text = File.ReadAllText(file);
        text = Regex.Replace(text, @"^tags: .*\n", "", RegexOptions.Multiline);
        text = Regex.Replace(text, @"\]\(/page-(\d+)/\)", "](/articles/page-$1/)");
        File.WriteAllText(Path.Combine(articles, Path.GetFileName(file)), text);
    }
    Directory.Delete(raw, recursive: true);
    return Path.Combine(articles, "page-00001.md");
}
