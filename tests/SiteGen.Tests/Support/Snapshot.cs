using System.Runtime.CompilerServices;
using System.Text;

namespace SiteGen.Tests.Support;

/// <summary>
/// Snapshot assertions in Verify's file convention: <c>Class.Method.verified.html</c> is committed beside the test;
/// on a mismatch <c>Class.Method.received.html</c> is written next to it and the test fails with a line diff.
/// Accept a change by reviewing the diff and renaming received to verified; nothing is accepted automatically.
/// Switching to Verify.Xunit later is one package reference: the files already follow its names.
/// </summary>
public static class Snapshot
{
    public static void Verify(string actual, string extension = "html", string? name = null,
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        var directory = Path.GetDirectoryName(sourceFile)!;
        var stem = $"{Path.GetFileNameWithoutExtension(sourceFile)}.{method}{(name is null ? "" : "_" + name)}";
        var verified = Path.Combine(directory, $"{stem}.verified.{extension}");
        var received = Path.Combine(directory, $"{stem}.received.{extension}");
        actual = actual.Replace("\r\n", "\n");

        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n") == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        if (!File.Exists(verified))
            Assert.Fail($"No verified snapshot yet. Review {received} and rename it to {Path.GetFileName(verified)} to accept it.");
        Assert.Fail($"Snapshot mismatch: {Path.GetFileName(verified)} vs {Path.GetFileName(received)}\n{LineDiff.Describe(File.ReadAllText(verified), actual)}");
    }
}

/// <summary>A small line diff: enough to see what changed in a rendered page without opening the files.</summary>
public static class LineDiff
{
    public static string Describe(string expected, string actual, int maxLines = 40)
    {
        var a = expected.Replace("\r\n", "\n").Split('\n');
        var b = actual.Split('\n');
        // Longest common subsequence on lines; pages are small enough for the quadratic table.
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        for (var j = b.Length - 1; j >= 0; j--)
            lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var output = new StringBuilder();
        var shown = 0;
        int x = 0, y = 0;
        while ((x < a.Length || y < b.Length) && shown < maxLines)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { x++; y++; continue; }
            if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) output.AppendLine($"+{y + 1}: {b[y++]}");
            else output.AppendLine($"-{x + 1}: {a[x++]}");
            shown++;
        }
        if (shown == maxLines) output.AppendLine("... (more differences)");
        return output.ToString();
    }
}
