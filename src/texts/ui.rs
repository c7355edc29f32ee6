//! The words of the faces themselves, about their own options and files:
//! the program's `--fix` lines (`cli`), finding and reading the
//! configuration (`host`), the language server's titles (`editor`), and the
//! JavaScript package's answers to a wrong argument (`package`). Public, so
//! that the crates of the faces say them by id. `{…}` are filled in by the
//! face: numbers, names of options and flags, never document text.

super::catalogue! {
    /// The id of a text of a face (the program, the language server, the
    /// JavaScript package); [`UiText::text`] and [`UiText::fill`] say it.
    pub enum UiText {
        /// fixable
        Fixable = "cli" "fixable" [] {
            message: "kan rettes",
                "kan rettast",
                "fixable";
        }
        /// fixed
        Fixed = "cli" "fixed" [] {
            message: "rettet",
                "retta",
                "fixed";
        }
        /// nothing to fix
        NothingToFix = "cli" "nothing-to-fix" [] {
            message: "ingenting å rette",
                "ingenting å rette",
                "nothing to fix";
        }
        /// {n} fix
        FixesOne = "cli" "fixes-one" [n] {
            message: "{n} retting",
                "{n} retting",
                "{n} fix";
        }
        /// {n} fixes
        FixesMany = "cli" "fixes-many" [n] {
            message: "{n} rettinger",
                "{n} rettingar",
                "{n} fixes";
        }
        /// {n} file
        FilesOne = "cli" "files-one" [n] {
            message: "{n} fil",
                "{n} fil",
                "{n} file";
        }
        /// {n} files
        FilesMany = "cli" "files-many" [n] {
            message: "{n} filer",
                "{n} filer",
                "{n} files";
        }
        /// {fixes} in {files} can be applied with `{flag}`
        FixesAvailable = "cli" "fixes-available" [files, fixes, flag] {
            message: "{fixes} i {files} kan gjøres med `{flag}`",
                "{fixes} i {files} kan gjerast med `{flag}`",
                "{fixes} in {files} can be applied with `{flag}`";
        }
        /// applied {fixes} in {files}
        FixesApplied = "cli" "fixes-applied" [files, fixes] {
            message: "gjorde {fixes} i {files}",
                "gjorde {fixes} i {files}",
                "applied {fixes} in {files}";
        }
        /// {n} more fix can be applied with `--fix-unsafe`, but must be checked
        UnsafeFixesOne = "cli" "unsafe-fixes-one" [n] {
            message: "{n} retting til kan gjøres med `--fix-unsafe`, men må sjekkes",
                "{n} retting til kan gjerast med `--fix-unsafe`, men må sjekkast",
                "{n} more fix can be applied with `--fix-unsafe`, but must be checked";
        }
        /// {n} more fixes can be applied with `--fix-unsafe`, but must be checked
        UnsafeFixesMany = "cli" "unsafe-fixes-many" [n] {
            message: "{n} rettinger til kan gjøres med `--fix-unsafe`, men må sjekkes",
                "{n} rettingar til kan gjerast med `--fix-unsafe`, men må sjekkast",
                "{n} more fixes can be applied with `--fix-unsafe`, but must be checked";
        }
        /// the configuration names more than 64 rule files, and no more are read; put the rules into fewer files
        TooManyRuleFiles = "host" "too-many-rule-files" [] {
            message: "konfigurasjonen viser til flere enn 64 regelfiler, og flere leses ikke; samle reglene i færre filer",
                "konfigurasjonen viser til fleire enn 64 regelfiler, og fleire blir ikkje lesne; samle reglane i færre filer",
                "the configuration names more than 64 rule files, and no more are read; put the rules into fewer files";
        }
        /// with this rule file the rule files come to more than 4 MiB in all, and no more is read; make them shorter or name fewer
        RuleFilesTooLarge = "host" "rule-files-too-large" [] {
            message: "med denne regelfilen blir regelfilene til sammen større enn 4 MiB, og mer leses ikke; gjør regelfilene kortere eller vis til færre",
                "med denne regelfila blir regelfilene til saman større enn 4 MiB, og meir blir ikkje lese; gjer regelfilene kortare eller vis til færre",
                "with this rule file the rule files come to more than 4 MiB in all, and no more is read; make them shorter or name fewer";
        }
        /// Write the reason
        WriteTheReason = "editor" "write-the-reason" [] {
            message: "Skriv begrunnelsen",
                "Skriv grunngjevinga",
                "Write the reason";
        }
        /// Fix everything that is safe (dialogmote)
        FixAllSafe = "editor" "fix-all-safe" [] {
            message: "Rett alt som kan rettes trygt (dialogmote)",
                "Rett alt som kan rettast trygt (dialogmote)",
                "Fix everything that is safe (dialogmote)";
        }
        /// the configuration cannot be used; the built-in rules apply
        ConfigUnusable = "editor" "config-unusable" [] {
            message: "konfigurasjonen kan ikke brukes, de innebygde reglene gjelder",
                "konfigurasjonen kan ikkje brukast, dei innebygde reglane gjeld",
                "the configuration cannot be used; the built-in rules apply";
        }
        /// `{of}` needs `{what}` as {kind}
        NeedsAs = "package" "needs-as" [kind, of, what] {
            message: "`{of}` trenger `{what}` som {kind}",
                "`{of}` treng `{what}` som {kind}",
                "`{of}` needs `{what}` as {kind}";
        }
        /// a string or a Uint8Array
        WantDocument = "package" "want-document" [] {
            message: "en tekst (string) eller en Uint8Array",
                "ein tekst (string) eller ein Uint8Array",
                "a string or a Uint8Array";
        }
        /// a string
        WantText = "package" "want-text" [] {
            message: "en tekst (string)",
                "ein tekst (string)",
                "a string";
        }
        /// an object, such as {asOf: "2026-11-20", lang: "nb"}
        WantObject = "package" "want-object" [] {
            message: "et objekt, for eksempel {{asOf: \"2026-11-20\", lang: \"nb\"}}",
                "eit objekt, til dømes {{asOf: \"2026-11-20\", lang: \"nb\"}}",
                "an object, such as {{asOf: \"2026-11-20\", lang: \"nb\"}}";
        }
        /// {n} bytes
        Bytes = "package" "bytes" [n] {
            message: "{n} byte",
                "{n} byte",
                "{n} bytes";
        }
        /// `{of}` was given more than {size}, the most it reads: make the document shorter, or split it
        TooLarge = "package" "too-large" [of, size] {
            message: "`{of}` fikk mer enn {size}, det meste den leser: gjør dokumentet kortere, eller del det opp",
                "`{of}` fekk meir enn {size}, det meste han les: gjer dokumentet kortare, eller del det opp",
                "`{of}` was given more than {size}, the most it reads: make the document shorter, or split it";
        }
        /// the options of `{of}`: {detail}
        BadOptions = "package" "bad-options" [detail, of] {
            message: "valgene til `{of}` er feil: {detail}",
                "vala til `{of}` er feil: {detail}",
                "the options of `{of}`: {detail}";
        }
        /// `{name}` must be a date written YYYY-MM-DD, such as `2026-11-20`, not `{value}`
        BadDate = "package" "bad-date" [name, value] {
            message: "`{name}` må være en dato skrevet ÅÅÅÅ-MM-DD (YYYY-MM-DD), for eksempel `2026-11-20`, ikke `{value}`",
                "`{name}` må vere ein dato skriven ÅÅÅÅ-MM-DD (YYYY-MM-DD), til dømes `2026-11-20`, ikkje `{value}`",
                "`{name}` must be a date written YYYY-MM-DD, such as `2026-11-20`, not `{value}`";
        }
        /// `lint` needs `asOf`, the evaluation date written YYYY-MM-DD (the deadline rules count from it): pass today's date
        LintNeedsAsOf = "package" "lint-needs-as-of" [] {
            message: "`lint` trenger `asOf`, datoen det sjekkes mot, skrevet ÅÅÅÅ-MM-DD (fristene regnes fra den): gi dagens dato",
                "`lint` treng `asOf`, datoen det blir sjekka mot, skriven ÅÅÅÅ-MM-DD (fristane blir rekna frå han): gi dagens dato",
                "`lint` needs `asOf`, the evaluation date written YYYY-MM-DD (the deadline rules count from it): pass today's date";
        }
        /// `applyFix` needs a fix from a finding's `fixes` (an object with `edits`): {detail}
        ApplyFixNeedsFix = "package" "apply-fix-needs-fix" [detail] {
            message: "`applyFix` trenger en rettelse fra `fixes` i et funn (et objekt med `edits`): {detail}",
                "`applyFix` treng ein rettelse frå `fixes` i eit funn (eit objekt med `edits`): {detail}",
                "`applyFix` needs a fix from a finding's `fixes` (an object with `edits`): {detail}";
        }
        /// the fix does not fit this text (it was found in another version of it): lint the text again and use the new fix
        FixDoesNotFit = "package" "fix-does-not-fit" [] {
            message: "rettelsen passer ikke til denne teksten (den ble funnet i en annen versjon av den): sjekk teksten på nytt og bruk den nye rettelsen",
                "rettelsen passar ikkje til denne teksten (han vart funnen i ein annan versjon av han): sjekk teksten på nytt og bruk den nye rettelsen",
                "the fix does not fit this text (it was found in another version of it): lint the text again and use the new fix";
        }
        /// `format` must be `html`, `md` or `pdf`, not `{format}`
        FormatChoice = "package" "format-choice" [format] {
            message: "`format` må være `html`, `md` eller `pdf`, ikke `{format}`",
                "`format` må vere `html`, `md` eller `pdf`, ikkje `{format}`",
                "`format` must be `html`, `md` or `pdf`, not `{format}`";
        }
        /// no rule `{code}`; did you mean `{near}`?
        UnknownRuleNear = "package" "unknown-rule-near" [code, near] {
            message: "det finnes ingen regel `{code}`; mente du `{near}`?",
                "det finst ingen regel `{code}`; meinte du `{near}`?",
                "no rule `{code}`; did you mean `{near}`?";
        }
        /// no rule `{code}`; `rules()` lists them
        UnknownRule = "package" "unknown-rule" [code] {
            message: "det finnes ingen regel `{code}`; `rules()` viser dem",
                "det finst ingen regel `{code}`; `rules()` viser dei",
                "no rule `{code}`; `rules()` lists them";
        }
        /// cannot fix {name}: with the fixes it would be larger than {max} bytes, …
        FixedTooLarge = "cli" "fixed-too-large" [max, name] {
            message: "kan ikke rette {name}: med rettingene ville filen bli større enn {max} byte, den største filen som kontrolleres, og da ville ingenting i den bli kontrollert; den er latt være som den var; rett den for hånd, eller øk `max_bytes` under `limits` i konfigurasjonen",
                "kan ikkje rette {name}: med rettingane ville fila bli større enn {max} byte, den største fila som blir kontrollert, og då ville ingenting i ho bli kontrollert; ho er late vere som ho var; rett ho for hand, eller auk `max_bytes` under `limits` i konfigurasjonen",
                "cannot fix {name}: with the fixes it would be larger than {max} bytes, the largest file that is checked, and then nothing in it would be checked; it is left as it was; fix it by hand, or raise `max_bytes` under `limits` in the configuration";
        }
        /// this package cannot write PDF; use the PDF package (web/dist/pkg-pdf/), or print the HTML preview to PDF
        NoPdfInPackage = "package" "no-pdf-in-package" [] {
            message: "denne pakken kan ikke lage PDF; bruk PDF-pakken (web/dist/pkg-pdf/), eller skriv ut HTML-forhåndsvisningen som PDF",
                "denne pakken kan ikkje laga PDF; bruk PDF-pakken (web/dist/pkg-pdf/), eller skriv ut HTML-førehandsvisinga som PDF",
                "this package cannot write PDF; use the PDF package (web/dist/pkg-pdf/), or print the HTML preview to PDF";
        }
        /// “{field}” is missing or not written as the format requires, and is shown as not recorded
        DraftUnfit = "draft" "unfit" [field] {
            message: "«{field}» mangler eller er ikke skrevet slik formatet krever, og er vist som ikke ført",
                "«{field}» manglar eller er ikkje skriven slik formatet krev, og er vist som ikkje ført",
                "“{field}” is missing or not written as the format requires, and is shown as not recorded";
        }
        /// “{field}” holds something the format does not have, and it is left out
        DraftUnknown = "draft" "unknown" [field] {
            message: "«{field}» har noe som formatet ikke har plass til, og det er utelatt",
                "«{field}» har noko som formatet ikkje har plass til, og det er utelate",
                "“{field}” holds something the format has no place for, and it is left out";
        }
        /// {list}, no. {n}
        DraftItem = "draft" "item" [list, n] {
            message: "{list}, nr. {n}",
                "{list}, nr. {n}",
                "{list}, no. {n}";
        }
        /// The document
        DraftDocument = "draft" "document" [] {
            message: "Dokumentet",
                "Dokumentet",
                "The document";
        }
        /// The meeting
        DraftMeeting = "draft" "meeting" [] {
            message: "Møtet",
                "Møtet",
                "The meeting";
        }
        /// `schema` must be one line
        SchemaOneLine = "package" "schema-one-line" [] {
            message: "`schema` må være én linje",
                "`schema` må vere éi linje",
                "`schema` must be one line";
        }
    }
}

impl UiText {
    /// What it says in `lang`.
    pub fn text(self, lang: super::Lang) -> &'static str {
        self.get(lang)
    }

    /// What it says in `lang`, with each `{name}` of `args` filled in.
    pub fn fill(self, lang: super::Lang, args: &[(&str, &str)]) -> String {
        self.say(lang, args)
    }
}
