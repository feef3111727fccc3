using SiteGen.Ingest;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// The editor's word is final, one folder per case under Ingest/EditorsWord/: its seeds/ are ingested into a new site,
/// then steps.txt is played line by line, editors' changes and re-ingests alike, each expectation checked where it stands.
/// Steps: <c>ingest [--restore SLUG]</c>, <c>delete PATH</c>, <c>copy PATH</c> (the case's content/PATH over the site's),
/// <c>replace PATH: OLD =&gt; NEW</c> (<c>\n</c> for a line break), <c>builds</c>, <c>exists PATH</c>, <c>absent PATH</c>,
/// <c>PATH contains TEXT</c>, <c>PATH lacks TEXT</c>, <c>reported ACTION PATH</c> (the last ingest's outcome for a file).
/// PATH is under content/.
/// </summary>
public sealed class EditorsWordTests
{
    private static readonly string CasesDir = Path.Combine(Repository.Tests, "Ingest", "EditorsWord");

    public static TheoryData<string> Cases() => [.. Directory.GetDirectories(CasesDir).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void EditorsChangesSurviveEveryReingest(string name)
    {
        var caseDir = Path.Combine(CasesDir, name);
        using var site = TempSite.Empty();
        TempSite.CopyDirectory(Repository.Templates, site.Templates);
        foreach (var file in new[] { "site.yaml", "_index.md" })
            site.Write($"content/{file}", File.ReadAllText(Path.Combine(Repository.ValidSite, "content", file)));
        TempSite.CopyDirectory(Path.Combine(caseDir, "seeds"), site.Path("seeds"));
        IngestResult? last = null;
        var steps = File.ReadAllLines(Path.Combine(caseDir, "steps.txt")).Select((text, i) => (Text: text.Trim(), Line: i + 1))
            .Where(s => s.Text.Length > 0 && !s.Text.StartsWith('#')).ToList();
        Assert.NotEmpty(steps);
        foreach (var (step, line) in steps)
        {
            var at = $"{name}/steps.txt:{line}: {step}";
            string Content(string relative) => site.Path("content/" + relative);
            var words = step.Split(' ', 2);
            switch (words[0])
            {
                case "ingest":
                    var restore = words.Length > 1 && words[1].StartsWith("--restore ", StringComparison.Ordinal) ? words[1]["--restore ".Length..] : null;
                    last = IngestRunner.Run(new IngestOptions(site.Path("seeds"), site.Content, Restore: restore), site.Root);
                    Assert.False(last.Diagnostics.Any(d => d.IsError), at + "\n" + string.Join("\n", last.Diagnostics));
                    continue;
                case "delete":
                    Assert.True(File.Exists(Content(words[1])), at + ": nothing to delete");
                    File.Delete(Content(words[1]));
                    continue;
                case "copy":
                    Directory.CreateDirectory(Path.GetDirectoryName(Content(words[1]))!);
                    File.Copy(Path.Combine(caseDir, "content", words[1]), Content(words[1]), overwrite: true);
                    continue;
                case "replace":
                    var (path, edit) = (words[1][..words[1].IndexOf(": ", StringComparison.Ordinal)], words[1][(words[1].IndexOf(": ", StringComparison.Ordinal) + 2)..]);
                    var arrow = edit.IndexOf(" =>", StringComparison.Ordinal);
                    string[] parts = [edit[..arrow].Replace("\\n", "\n", StringComparison.Ordinal), edit[(arrow + 3)..].TrimStart(' ').Replace("\\n", "\n", StringComparison.Ordinal)];
                    var text = File.ReadAllText(Content(path));
                    Assert.True(text.Contains(parts[0], StringComparison.Ordinal), $"{at}: the file does not hold the text to replace:\n{text}");
                    File.WriteAllText(Content(path), text.Replace(parts[0], parts[1], StringComparison.Ordinal));
                    continue;
                case "builds":
                    var build = new Site(site.Options).Render();
                    Assert.True(build.Succeeded, at + "\n" + string.Join("\n", build.Diagnostics.Where(d => d.IsError)));
                    continue;
                case "exists":
                    Assert.True(File.Exists(Content(words[1])), at);
                    continue;
                case "absent":
                    Assert.False(File.Exists(Content(words[1])), at);
                    continue;
                case "reported":
                    Assert.NotNull(last);
                    var (action, file) = (words[1].Split(' ')[0], words[1].Split(' ')[1]);
                    Assert.True(last.Files.Any(f => f.RelativePath == file && f.Action.ToString() == action),
                        $"{at}\n" + string.Join("\n", last.Files.Select(f => $"{f.Action} {f.RelativePath}")));
                    continue;
            }
            var check = words[1].Split(' ', 2);
            var body = File.ReadAllText(Content(words[0]));
            var wanted = check[1].Replace("\\n", "\n", StringComparison.Ordinal);
            if (check[0] == "contains") Assert.True(body.Contains(wanted, StringComparison.Ordinal), $"{at}\n{body}");
            else if (check[0] == "lacks") Assert.False(body.Contains(wanted, StringComparison.Ordinal), $"{at}\n{body}");
            else Assert.Fail($"{at}: unknown step");
        }
    }
}
