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
        /// error: {message}
        ErrorLine = "cli" "error-line" [message] {
            message: "feil: {message}",
                "feil: {message}",
                "error: {message}";
        }
        /// note: {message}
        NoteLine = "cli" "note-line" [message] {
            message: "merk: {message}",
                "merk: {message}",
                "note: {message}";
        }
        /// `{value}` is not a date; write the date as 2026-11-16 or 16.11.2026
        BadDateArg = "cli" "bad-date-arg" [value] {
            message: "`{value}` er ikke en dato; skriv datoen som 2026-11-16 eller 16.11.2026",
                "`{value}` er ikkje ein dato; skriv datoen som 2026-11-16 eller 16.11.2026",
                "`{value}` is not a date; write the date as 2026-11-16 or 16.11.2026";
        }
        /// `{arg}` is not an option here
        ArgUnknown = "cli" "arg-unknown" [arg] {
            message: "`{arg}` er ikke et valg her",
                "`{arg}` er ikkje eit val her",
                "`{arg}` is not an option here";
        }
        /// `{arg}` is not an option here; did you mean `{near}`?
        ArgUnknownNear = "cli" "arg-unknown-near" [arg, near] {
            message: "`{arg}` er ikke et valg her; mente du `{near}`?",
                "`{arg}` er ikkje eit val her; meinte du `{near}`?",
                "`{arg}` is not an option here; did you mean `{near}`?";
        }
        /// `{command}` is not a command; the commands are {commands}
        CommandUnknown = "cli" "command-unknown" [command, commands] {
            message: "`{command}` er ikke en kommando; kommandoene er {commands}",
                "`{command}` er ikkje ein kommando; kommandoane er {commands}",
                "`{command}` is not a command; the commands are {commands}";
        }
        /// `{command}` is not a command; did you mean `{near}`?
        CommandUnknownNear = "cli" "command-unknown-near" [command, near] {
            message: "`{command}` er ikke en kommando; mente du `{near}`?",
                "`{command}` er ikkje ein kommando; meinte du `{near}`?",
                "`{command}` is not a command; did you mean `{near}`?";
        }
        /// `{arg}` needs a value
        ArgNeedsValue = "cli" "arg-needs-value" [arg] {
            message: "`{arg}` trenger en verdi",
                "`{arg}` treng ein verdi",
                "`{arg}` needs a value";
        }
        /// `{value}` cannot be used for `{arg}`; choose one of {values}
        ArgBadValue = "cli" "arg-bad-value" [arg, value, values] {
            message: "`{value}` kan ikke brukes for `{arg}`; velg en av {values}",
                "`{value}` kan ikkje brukast for `{arg}`; vel ein av {values}",
                "`{value}` cannot be used for `{arg}`; choose one of {values}";
        }
        /// `{arg}`: {why} (a value the option cannot use, and why)
        ArgBadValueWhy = "cli" "arg-bad-value-why" [arg, why] {
            message: "`{arg}`: {why}",
                "`{arg}`: {why}",
                "`{arg}`: {why}";
        }
        /// this must be given: {args}
        ArgMissing = "cli" "arg-missing" [args] {
            message: "dette må være med: {args}",
                "dette må vere med: {args}",
                "this must be given: {args}";
        }
        /// `{arg}` cannot be used with `{other}`
        ArgConflict = "cli" "arg-conflict" [arg, other] {
            message: "`{arg}` kan ikke brukes sammen med `{other}`",
                "`{arg}` kan ikkje brukast saman med `{other}`",
                "`{arg}` cannot be used with `{other}`";
        }
        /// `{arg}` is given more than once; give it once
        ArgTwice = "cli" "arg-twice" [arg] {
            message: "`{arg}` er gitt mer enn én gang; gi det én gang",
                "`{arg}` er gitt meir enn éin gong; gi det éin gong",
                "`{arg}` is given more than once; give it once";
        }
        /// `{value}` is one argument too many
        ArgTooMany = "cli" "arg-too-many" [value] {
            message: "`{value}` er ett argument for mye",
                "`{value}` er eitt argument for mykje",
                "`{value}` is one argument too many";
        }
        /// the arguments cannot be used like this
        ArgOther = "cli" "arg-other" [] {
            message: "argumentene kan ikke brukes slik",
                "argumenta kan ikkje brukast slik",
                "the arguments cannot be used like this";
        }
        /// Usage: {usage}
        UsageLine = "cli" "usage-line" [usage] {
            message: "Bruk: {usage}",
                "Bruk: {usage}",
                "Usage: {usage}";
        }
        /// See `{command} --help` for every option.
        MoreHelp = "cli" "more-help" [command] {
            message: "Se `{command} --help` for alle valg.",
                "Sjå `{command} --help` for alle val.",
                "See `{command} --help` for every option.";
        }
        /// cannot read {what}: {why}
        CannotRead = "host" "cannot-read" [what, why] {
            message: "kan ikke lese {what}: {why}",
                "kan ikkje lese {what}: {why}",
                "cannot read {what}: {why}";
        }
        /// cannot write {what}: {why}
        CannotWrite = "host" "cannot-write" [what, why] {
            message: "kan ikke skrive {what}: {why}",
                "kan ikkje skrive {what}: {why}",
                "cannot write {what}: {why}";
        }
        /// standard input
        StandardInput = "host" "standard-input" [] {
            message: "standard inn",
                "standard inn",
                "standard input";
        }
        /// standard output
        StandardOutput = "host" "standard-output" [] {
            message: "standard ut",
                "standard ut",
                "standard output";
        }
        /// the current folder
        CurrentFolder = "host" "current-folder" [] {
            message: "mappen du står i",
                "mappa du står i",
                "the current folder";
        }
        /// the folder {path}
        FolderNamed = "host" "folder-named" [path] {
            message: "mappen {path}",
                "mappa {path}",
                "the folder {path}";
        }
        /// the configuration {path}
        ConfigNamed = "host" "config-named" [path] {
            message: "konfigurasjonen {path}",
                "konfigurasjonen {path}",
                "the configuration {path}";
        }
        /// the rule file {path}
        RuleFileNamed = "host" "rule-file-named" [path] {
            message: "regelfilen {path}",
                "regelfila {path}",
                "the rule file {path}";
        }
        /// the input {path}
        InputNamed = "host" "input-named" [path] {
            message: "inndatafilen {path}",
                "inndatafila {path}",
                "the input {path}";
        }
        /// it does not exist
        NotFound = "host" "not-found" [] {
            message: "den finnes ikke",
                "stien finst ikkje",
                "it does not exist";
        }
        /// you have no access
        NoAccess = "host" "no-access" [] {
            message: "du har ikke tilgang",
                "du har ikkje tilgang",
                "you have no access";
        }
        /// it is a folder, not a file
        IsAFolder = "host" "is-a-folder" [] {
            message: "det er en mappe, ikke en fil",
                "det er ei mappe, ikkje ei fil",
                "it is a folder, not a file";
        }
        /// a part of the path is not a folder
        NotAFolder = "host" "not-a-folder" [] {
            message: "en del av stien er ikke en mappe",
                "ein del av stien er ikkje ei mappe",
                "a part of the path is not a folder";
        }
        /// the disk is full
        DiskFull = "host" "disk-full" [] {
            message: "disken er full",
                "disken er full",
                "the disk is full";
        }
        /// the disk is read-only
        ReadOnlyDisk = "host" "read-only-disk" [] {
            message: "disken kan bare leses",
                "disken kan berre lesast",
                "the disk is read-only";
        }
        /// the folder it is to be written in does not exist
        FolderMissing = "cli" "folder-missing" [] {
            message: "mappen den skal skrives i, finnes ikke",
                "mappa ho skal skrivast i, finst ikkje",
                "the folder it is to be written in does not exist";
        }
        /// it is not text (UTF-8)
        NotText = "host" "not-text" [] {
            message: "den er ikke tekst (UTF-8)",
                "innhaldet er ikkje tekst (UTF-8)",
                "it is not text (UTF-8)";
        }
        /// it is not a regular file (a folder, device, FIFO or socket); give a file
        NotRegularFile = "host" "not-regular-file" [] {
            message: "det er ikke en vanlig fil (en mappe, en enhet, en FIFO eller en sokkel); gi en fil",
                "det er ikkje ei vanleg fil (ei mappe, ei eining, ein FIFO eller ein sokkel); gi ei fil",
                "it is not a regular file (a folder, device, FIFO or socket); give a file";
        }
        /// it is larger than {size} KiB
        FileTooLarge = "host" "file-too-large" [size] {
            message: "den er større enn {size} KiB",
                "fila er større enn {size} KiB",
                "it is larger than {size} KiB";
        }
        /// the system said: {detail}
        SystemError = "host" "system-error" [detail] {
            message: "systemet svarte: {detail}",
                "systemet svara: {detail}",
                "the system said: {detail}";
        }
        /// this rule file lies outside the configuration's folder; move it into that folder
        RuleFileOutside = "host" "rule-file-outside" [] {
            message: "denne regelfilen ligger utenfor mappen til konfigurasjonen; flytt den inn i den mappen",
                "denne regelfila ligg utanfor mappa til konfigurasjonen; flytt ho inn i den mappa",
                "this rule file lies outside the configuration's folder; move it into that folder";
        }
        /// cannot read this rule file: {why}
        RuleFileUnreadable = "host" "rule-file-unreadable" [why] {
            message: "kan ikke lese denne regelfilen: {why}",
                "kan ikkje lese denne regelfila: {why}",
                "cannot read this rule file: {why}";
        }
        /// the output {output} is the input {input}; write the output to another file
        OutputIsInput = "cli" "output-is-input" [input, output] {
            message: "utdatafilen {output} er inndatafilen {input}; skriv utdataene til en annen fil",
                "utdatafila {output} er inndatafila {input}; skriv utdataa til ei anna fil",
                "the output {output} is the input {input}; write the output to another file";
        }
        /// the output {output} is {what}; write the output to another file
        OutputIsProtected = "cli" "output-is-protected" [output, what] {
            message: "utdatafilen {output} er {what}; skriv utdataene til en annen fil",
                "utdatafila {output} er {what}; skriv utdataa til ei anna fil",
                "the output {output} is {what}; write the output to another file";
        }
        /// {output} exists; add --force to replace it
        OutputExists = "cli" "output-exists" [output] {
            message: "{output} finnes allerede; legg til --force for å erstatte den",
                "{output} finst alt; legg til --force for å byte ho ut",
                "{output} exists; add --force to replace it";
        }
        /// two formats would be written to {name}; give each its own file with `--format FORMAT=FILE`
        TwoFormatsStdout = "cli" "two-formats-stdout" [name] {
            message: "to formater ville bli skrevet til {name}; gi hvert sin fil med `--format FORMAT=FIL`",
                "to format ville bli skrivne til {name}; gi kvart si fil med `--format FORMAT=FIL`",
                "two formats would be written to {name}; give each its own file with `--format FORMAT=FILE`";
        }
        /// two formats would be written to one file ({first} and {second}); give each its own file with `--format FORMAT=FILE`
        TwoFormatsFile = "cli" "two-formats-file" [first, second] {
            message: "to formater ville bli skrevet til én fil ({first} og {second}); gi hvert sin fil med `--format FORMAT=FIL`",
                "to format ville bli skrivne til éi fil ({first} og {second}); gi kvart si fil med `--format FORMAT=FIL`",
                "two formats would be written to one file ({first} and {second}); give each its own file with `--format FORMAT=FILE`";
        }
        /// write `FORMAT=FILE`, with a file name
        FormatNeedsFile = "cli" "format-needs-file" [] {
            message: "skriv `FORMAT=FIL`, med et filnavn",
                "skriv `FORMAT=FIL`, med eit filnamn",
                "write `FORMAT=FILE`, with a file name";
        }
        /// unknown format `{name}`; use human, json, sarif, github or junit
        UnknownFormat = "cli" "unknown-format" [name] {
            message: "`{name}` er ikke et format; bruk human, json, sarif, github eller junit",
                "`{name}` er ikkje eit format; bruk human, json, sarif, github eller junit",
                "unknown format `{name}`; use human, json, sarif, github or junit";
        }
        /// wrote {output}
        Wrote = "cli" "wrote" [output] {
            message: "skrev {output}",
                "skreiv {output}",
                "wrote {output}";
        }
        /// the referat in {input} was not made: {why}; nothing written
        RenderRefused = "cli" "render-refused" [input, why] {
            message: "referatet i {input} ble ikke laget: {why}; ingenting er skrevet",
                "referatet i {input} vart ikkje laga: {why}; ingenting er skrive",
                "the referat in {input} was not made: {why}; nothing written";
        }
        /// the plan in {input} was not made: {why}; nothing written
        RenderRefusedPlan = "cli" "render-refused-plan" [input, why] {
            message: "planen i {input} ble ikke laget: {why}; ingenting er skrevet",
                "planen i {input} vart ikkje laga: {why}; ingenting er skrive",
                "the plan in {input} was not made: {why}; nothing written";
        }
        /// `render -` reads the document from standard input, so say where to write it: `-o FILE`, or `-o -` for standard output
        RenderStdinNeedsOutput = "cli" "render-stdin-needs-output" [] {
            message: "`render -` leser dokumentet fra standard inn, og da må du si hvor det skal skrives: `-o FIL`, eller `-o -` for standard ut",
                "`render -` les dokumentet frå standard inn, og då må du seie kvar det skal skrivast: `-o FIL`, eller `-o -` for standard ut",
                "`render -` reads the document from standard input, so say where to write it: `-o FILE`, or `-o -` for standard output";
        }
        /// write `{referat}` (minutes) or `{plan}` (a follow-up plan)
        DocumentFormatChoice = "cli" "document-format-choice" [referat, plan] {
            message: "skriv `{referat}` (et referat) eller `{plan}` (en oppfølgingsplan)",
                "skriv `{referat}` (eit referat) eller `{plan}` (ein oppfølgingsplan)",
                "write `{referat}` (minutes) or `{plan}` (a follow-up plan)";
        }
        /// {path} exists; `new` never overwrites a file: choose another name
        NewExists = "cli" "new-exists" [path] {
            message: "{path} finnes allerede; `new` skriver aldri over en fil: velg et annet navn",
                "{path} finst alt; `new` skriv aldri over ei fil: vel eit anna namn",
                "{path} exists; `new` never overwrites a file: choose another name";
        }
        /// there is no rule `{code}`; `dialogmote rules` lists every rule
        NoRule = "cli" "no-rule" [code] {
            message: "det finnes ingen regel `{code}`; `dialogmote rules` viser alle reglene",
                "det finst ingen regel `{code}`; `dialogmote rules` viser alle reglane",
                "there is no rule `{code}`; `dialogmote rules` lists every rule";
        }
        /// there is no rule `{code}`; did you mean `{near}`? `dialogmote rules` lists every rule
        NoRuleNear = "cli" "no-rule-near" [code, near] {
            message: "det finnes ingen regel `{code}`; mente du `{near}`? `dialogmote rules` viser alle reglene",
                "det finst ingen regel `{code}`; meinte du `{near}`? `dialogmote rules` viser alle reglane",
                "there is no rule `{code}`; did you mean `{near}`? `dialogmote rules` lists every rule";
        }
        /// no text is in the area {area}; the areas are {areas}
        NoArea = "cli" "no-area" [area, areas] {
            message: "ingen tekst hører til området {area}; områdene er {areas}",
                "ingen tekst høyrer til området {area}; områda er {areas}",
                "no text is in the area {area}; the areas are {areas}";
        }
        /// {n} symbolic link(s) inside the linted folders skipped; links are not followed
        LinksSkipped = "cli" "links-skipped" [n] {
            message: "{n} symbolske lenker i mappene ble hoppet over; lenker følges ikke",
                "{n} symbolske lenker i mappene vart hoppa over; lenker blir ikkje følgde",
                "{n} symbolic link(s) inside the linted folders skipped; links are not followed";
        }
        /// cannot start worker threads: {detail}
        NoThreads = "cli" "no-threads" [detail] {
            message: "kan ikke starte arbeidstråder: {detail}",
                "kan ikkje starte arbeidstrådar: {detail}",
                "cannot start worker threads: {detail}";
        }
        /// the run took longer than {seconds} s (`--timeout`); output files not yet written are left as they were
        TimedOut = "cli" "timed-out" [seconds] {
            message: "kjøringen tok lengre tid enn {seconds} s (`--timeout`); utdatafiler som ikke var skrevet ennå, er latt være som de var",
                "køyringa tok lengre tid enn {seconds} s (`--timeout`); utdatafiler som ikkje var skrivne enno, er late vere som dei var",
                "the run took longer than {seconds} s (`--timeout`); output files not yet written are left as they were";
        }
        /// cannot read the rule file {path}: {why}
        CannotReadRuleFile = "cli" "cannot-read-rule-file" [path, why] {
            message: "kan ikke lese regelfilen {path}: {why}",
                "kan ikkje lese regelfila {path}: {why}",
                "cannot read the rule file {path}: {why}";
        }
        /// cannot read the configuration {path}: {why}
        CannotReadConfig = "host" "cannot-read-config" [path, why] {
            message: "kan ikke lese konfigurasjonen {path}: {why}",
                "kan ikkje lese konfigurasjonen {path}: {why}",
                "cannot read the configuration {path}: {why}";
        }
        /// `--fix` writes the fixed text back into each file, and standard input (`-`, `/dev/stdin`) is not a file; give the file's path, or use `--diff` to see the fixes for standard input
        FixStdin = "cli" "fix-stdin" [] {
            message: "`--fix` skriver den rettede teksten tilbake i hver fil, og standard inn (`-`, `/dev/stdin`) er ikke en fil; gi stien til filen, eller bruk `--diff` for å se rettingene for standard inn",
                "`--fix` skriv den retta teksten tilbake i kvar fil, og standard inn (`-`, `/dev/stdin`) er ikkje ei fil; gi stien til fila, eller bruk `--diff` for å sjå rettingane for standard inn",
                "`--fix` writes the fixed text back into each file, and standard input (`-`, `/dev/stdin`) is not a file; give the file's path, or use `--diff` to see the fixes for standard input";
        }
        /// cannot fix {name}: {why}; it is left as it was
        FixRefused = "cli" "fix-refused" [name, why] {
            message: "kan ikke rette {name}: {why}; den er latt være som den var",
                "kan ikkje rette {name}: {why}; ho er late vere som ho var",
                "cannot fix {name}: {why}; it is left as it was";
        }
        /// it is not a regular file (a device, a FIFO or standard input); fix a copy and put it back
        FixNotRegular = "cli" "fix-not-regular" [] {
            message: "det er ikke en vanlig fil (en enhet, en FIFO eller standard inn); rett en kopi og legg den tilbake",
                "det er ikkje ei vanleg fil (ei eining, ein FIFO eller standard inn); rett ein kopi og legg han tilbake",
                "it is not a regular file (a device, a FIFO or standard input); fix a copy and put it back";
        }
        /// it is read-only; make it writable to fix it
        FixReadOnly = "cli" "fix-read-only" [] {
            message: "den kan bare leses; gjør den skrivbar for å rette den",
                "ho kan berre lesast; gjer ho skrivbar for å rette ho",
                "it is read-only; make it writable to fix it";
        }
        /// it has other hard links, which replacing it would separate from it; fix a copy and put it back
        FixHardLinks = "cli" "fix-hard-links" [] {
            message: "den har andre harde lenker, som ville blitt skilt fra den om den ble erstattet; rett en kopi og legg den tilbake",
                "ho har andre harde lenker, som ville bli skilde frå ho om ho vart bytt ut; rett ein kopi og legg han tilbake",
                "it has other hard links, which replacing it would separate from it; fix a copy and put it back";
        }
        /// it changed while it was being fixed; run again
        FixChanged = "cli" "fix-changed" [] {
            message: "den ble endret mens den ble rettet; kjør på nytt",
                "ho vart endra medan ho vart retta; køyr på nytt",
                "it changed while it was being fixed; run again";
        }
        /// {n} example
        ExamplesOne = "cli" "examples-one" [n] {
            message: "{n} eksempel",
                "{n} døme",
                "{n} example";
        }
        /// {n} examples
        ExamplesMany = "cli" "examples-many" [n] {
            message: "{n} eksempler",
                "{n} døme",
                "{n} examples";
        }
        /// {n} rule
        RulesOne = "cli" "rules-one" [n] {
            message: "{n} regel",
                "{n} regel",
                "{n} rule";
        }
        /// {n} rules
        RulesMany = "cli" "rules-many" [n] {
            message: "{n} regler",
                "{n} reglar",
                "{n} rules";
        }
        /// {examples} of {rules}: {passed} passed, {failed} failed
        ExamplesSummary = "cli" "examples-summary" [examples, failed, passed, rules] {
            message: "{examples} fra {rules}: {passed} riktige, {failed} feil",
                "{examples} frå {rules}: {passed} rette, {failed} feil",
                "{examples} of {rules}: {passed} passed, {failed} failed";
        }
        /// {file}: {code} example `{name}`: {what}
        ExampleFailed = "cli" "example-failed" [code, file, name, what] {
            message: "{file}: {code}, eksempelet `{name}`: {what}",
                "{file}: {code}, dømet `{name}`: {what}",
                "{file}: {code} example `{name}`: {what}";
        }
        /// expected {expected}, fired at {fired}
        ExampleExpected = "cli" "example-expected" [expected, fired] {
            message: "ventet funn: {expected}; fikk funn: {fired}",
                "venta funn: {expected}; fekk funn: {fired}",
                "expected {expected}, fired at {fired}";
        }
        /// nothing
        ExampleNothing = "cli" "example-nothing" [] {
            message: "ingen",
                "ingen",
                "nothing";
        }
        /// the document
        ExampleDocument = "cli" "example-document" [] {
            message: "dokumentet som helhet",
                "dokumentet som heilskap",
                "the document";
        }
        /// “{field}” is missing or not written as the format requires, and is shown as not recorded
        DraftUnfit = "draft" "unfit" [field] {
            message: "{field} mangler eller er ikke skrevet slik formatet krever, og er vist som ikke ført",
                "{field} manglar eller er ikkje skriven slik formatet krev, og er vist som ikkje ført",
                "{field} is missing or not written as the format requires, and is shown as not recorded";
        }
        /// “{field}” holds something the format does not have, and it is left out
        DraftUnknown = "draft" "unknown" [field] {
            message: "{field} har noe som formatet ikke har plass til, og det er utelatt",
                "{field} har noko som formatet ikkje har plass til, og det er utelate",
                "{field} holds something the format has no place for, and it is left out";
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
