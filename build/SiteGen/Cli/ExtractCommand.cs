using System.CommandLine;
using SiteGen.Ingest;

namespace SiteGen.Cli;

/// <summary>The 'extract' verb: prints what ingest would extract from seed files, writing nothing.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("FILE_OR_DIR") { Description = "Seed files, or folders whose *.txt files are read.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the extraction as one JSON object on stdout." };
        var command = new Command("extract", "Show what ingest would extract from seed articles, without writing anything.") { paths, json };
        command.SetAction(parse =>
        {
            var extraction = new Extractor().ExtractFiles(Extractor.SeedFiles(parse.GetValue(paths) ?? []), Directory.GetCurrentDirectory());
            foreach (var d in extraction.Diagnostics) Console.Error.WriteLine(d.ToDisplayString(parse.GetValue(CommandLine.Verbose)));
            var report = ExtractReport.From(extraction);
            if (parse.GetValue(json))
            {
                report.WriteJson(Console.Out);
                Console.WriteLine();
            }
            else
            {
                foreach (var a in report.Articles) Console.WriteLine($"article {a.Seed}: {a.Title} ({a.Date ?? "undated"})");
                foreach (var p in report.People) Console.WriteLine($"person {p.Name}: {p.Role ?? "-"}{(p.Affiliation is null ? "" : ", " + p.Affiliation)}{(p.Credit ? " (credit)" : "")}");
                foreach (var q in report.Quotes) Console.WriteLine($"quote {q.Seed} ¶{q.Paragraph} {q.Speaker}{(q.Partial ? " (partial)" : "")}: {q.Text}");
                foreach (var e in report.Events) Console.WriteLine($"event {e.Seed} ¶{e.Paragraph} {e.Date ?? "undated"} {e.Status}: {e.Title}");
            }
            return extraction.Diagnostics.Any(d => d.IsError) ? 1 : 0;
        });
        return command;
    }
}
