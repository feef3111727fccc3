namespace SiteGen.Rendering.Search;

/// <summary>
/// Martin Porter's 1980 suffix-stripping stemmer (his reference C version), so "sanctions" and "sanctioned" meet at
/// "sanction". site.js carries the same algorithm for the reader's query; tests/search-vectors.tsv keeps the two in step.
/// </summary>
public static class PorterStemmer
{
    /// <summary>The stem of a lower-case word; words of one or two letters, or with anything but a–z, are left as they are.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 2) return word;
        foreach (var c in word) if (c is < 'a' or > 'z') return word;
        var s = new State(word.ToCharArray());
        s.Step1ab();
        if (s.K > 0)
        {
            s.Step1c();
            s.Step2();
            s.Step3();
            s.Step4();
            s.Step5();
        }
        return new string(s.B, 0, s.K + 1);
    }

    /// <summary>The word being stemmed: B[0..K] is the current stem, J the end of the part before a matched suffix.</summary>
    private sealed class State(char[] b)
    {
        public char[] B = b;
        public int K = b.Length - 1;
        private int _j;

        private bool Cons(int i) => B[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !Cons(i - 1),
            _ => true,
        };

        /// <summary>The number of vowel-consonant sequences in B[0..J].</summary>
        private int M()
        {
            var n = 0;
            var i = 0;
            while (true)
            {
                if (i > _j) return n;
                if (!Cons(i)) break;
                i++;
            }
            i++;
            while (true)
            {
                while (true)
                {
                    if (i > _j) return n;
                    if (Cons(i)) break;
                    i++;
                }
                i++;
                n++;
                while (true)
                {
                    if (i > _j) return n;
                    if (!Cons(i)) break;
                    i++;
                }
                i++;
            }
        }

        private bool VowelInStem()
        {
            for (var i = 0; i <= _j; i++) if (!Cons(i)) return true;
            return false;
        }

        private bool DoubleC(int j) => j >= 1 && B[j] == B[j - 1] && Cons(j);

        // Consonant-vowel-consonant ending, the last not w, x or y: "hop" → "hope" when an ending is removed.
        private bool Cvc(int i) => i >= 2 && Cons(i) && !Cons(i - 1) && Cons(i - 2) && B[i] is not ('w' or 'x' or 'y');

        private bool Ends(string s)
        {
            var length = s.Length;
            if (length > K + 1 || B[K] != s[^1]) return false;
            for (var i = 0; i < length; i++) if (B[K - length + 1 + i] != s[i]) return false;
            _j = K - length;
            return true;
        }

        private void SetTo(string s)
        {
            var needed = _j + 1 + s.Length;
            if (needed > B.Length) Array.Resize(ref B, needed);
            s.CopyTo(0, B, _j + 1, s.Length);
            K = _j + s.Length;
        }

        private void R(string s)
        {
            if (M() > 0) SetTo(s);
        }

        public void Step1ab()
        {
            if (B[K] == 's')
            {
                if (Ends("sses")) K -= 2;
                else if (Ends("ies")) SetTo("i");
                else if (B[K - 1] != 's') K--;
            }
            if (Ends("eed"))
            {
                if (M() > 0) K--;
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                K = _j;
                if (Ends("at")) SetTo("ate");
                else if (Ends("bl")) SetTo("ble");
                else if (Ends("iz")) SetTo("ize");
                else if (DoubleC(K))
                {
                    K--;
                    if (B[K] is 'l' or 's' or 'z') K++;
                }
                else if (M() == 1 && Cvc(K))
                {
                    SetTo("e");
                }
            }
        }

        public void Step1c()
        {
            if (Ends("y") && VowelInStem()) B[K] = 'i';
        }

        // Each table: the first suffix that matches is the only one tried (Porter's "break" after a match).
        private static readonly (string Suffix, string Replacement)[] Step2Rules =
        [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
            ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
            ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
            ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
        ];

        private static readonly (string Suffix, string Replacement)[] Step3Rules =
        [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ];

        private static readonly string[] Step4Suffixes =
        [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
        ];

        // Porter switches on a letter of the stem before trying a group's suffixes; a suffix can only match inside its
        // own group, so trying them all in his order gives the same result.
        public void Step2() => Replace(Step2Rules);

        public void Step3() => Replace(Step3Rules);

        private void Replace((string Suffix, string Replacement)[] rules)
        {
            foreach (var (suffix, replacement) in rules)
            {
                if (!Ends(suffix)) continue;
                R(replacement);
                return;
            }
        }

        public void Step4()
        {
            foreach (var suffix in Step4Suffixes)
            {
                if (!Ends(suffix)) continue;
                // "-ion" goes only after s or t ("adoption", not "onion").
                if (suffix == "ion" && !(_j >= 0 && B[_j] is 's' or 't')) return;
                if (M() > 1) K = _j;
                return;
            }
        }

        public void Step5()
        {
            _j = K;
            if (B[K] == 'e')
            {
                var a = M();
                if (a > 1 || (a == 1 && !Cvc(K - 1))) K--;
            }
            if (B[K] == 'l' && DoubleC(K) && M() > 1) K--;
        }
    }
}
