//! The words of the reports (human, SARIF, the rules explained): severity
//! names, labels of a finding's lines, the summary's counts (singular and
//! plural, as each language says them), the headings of a rule's
//! documentation.

super::catalogue! {
    /// The id of a word of a report.
    pub(crate) enum ReportText {
        /// error
        SeverityError = "report" "severity-error" [] {
            message: "feil",
                "feil",
                "error";
        }
        /// warning
        SeverityWarning = "report" "severity-warning" [] {
            message: "advarsel",
                "åtvaring",
                "warning";
        }
        /// info
        SeverityInfo = "report" "severity-info" [] {
            message: "info",
                "info",
                "info";
        }
        /// help
        Help = "report" "help" [] {
            message: "hjelp",
                "hjelp",
                "help";
        }
        /// fix
        Fix = "report" "fix" [] {
            message: "retting",
                "retting",
                "fix";
        }
        /// possible fix (check it)
        PossibleFix = "report" "possible-fix" [] {
            message: "mulig retting (sjekk den)",
                "mogleg retting (sjekk ho)",
                "possible fix (check it)";
        }
        /// see also
        SeeAlso = "report" "see-also" [] {
            message: "se også",
                "sjå òg",
                "see also";
        }
        /// the first entry (the place a duplicate repeats)
        FirstEntry = "report" "first-entry" [] {
            message: "den første oppføringen",
                "den første oppføringa",
                "the first entry";
        }
        /// note: the file name is not valid UTF-8; bytes that are not are shown as \\xNN
        NameNotUtf8 = "report" "name-not-utf8" [] {
            message: "merk: filnavnet er ikke gyldig UTF-8; byte som ikke er det, vises som \\xNN",
                "merk: filnamnet er ikkje gyldig UTF-8; byte som ikkje er det, blir viste som \\xNN",
                "note: the file name is not valid UTF-8; bytes that are not are shown as \\xNN";
        }
        /// configuration
        Configuration = "report" "configuration" [] {
            message: "konfigurasjon",
                "konfigurasjon",
                "configuration";
        }
        /// {n} error
        ErrorsOne = "report" "errors-one" [n] {
            message: "{n} feil",
                "{n} feil",
                "{n} error";
        }
        /// {n} errors
        ErrorsMany = "report" "errors-many" [n] {
            message: "{n} feil",
                "{n} feil",
                "{n} errors";
        }
        /// {n} warning
        WarningsOne = "report" "warnings-one" [n] {
            message: "{n} advarsel",
                "{n} åtvaring",
                "{n} warning";
        }
        /// {n} warnings
        WarningsMany = "report" "warnings-many" [n] {
            message: "{n} advarsler",
                "{n} åtvaringar",
                "{n} warnings";
        }
        /// {files} checked: {errors}, {warnings}, {infos} info
        CheckedOne = "report" "checked-one" [errors, files, infos, warnings] {
            message: "{files} kontrollert: {errors}, {warnings}, {infos} info",
                "{files} kontrollert: {errors}, {warnings}, {infos} info",
                "{files} checked: {errors}, {warnings}, {infos} info";
        }
        /// {files} checked: {errors}, {warnings}, {infos} info
        CheckedMany = "report" "checked-many" [errors, files, infos, warnings] {
            message: "{files} kontrollert: {errors}, {warnings}, {infos} info",
                "{files} kontrollerte: {errors}, {warnings}, {infos} info",
                "{files} checked: {errors}, {warnings}, {infos} info";
        }
        /// {n} suppressed
        SuppressedOne = "report" "suppressed-one" [n] {
            message: "{n} undertrykt",
                "{n} undertrykt",
                "{n} suppressed";
        }
        /// {n} suppressed
        SuppressedMany = "report" "suppressed-many" [n] {
            message: "{n} undertrykte",
                "{n} undertrykte",
                "{n} suppressed";
        }
        /// standard input
        StandardInput = "report" "standard-input" [] {
            message: "standardinndata",
                "standardinndata",
                "standard input";
        }
        /// What it checks
        WhatItChecks = "report" "what-it-checks" [] {
            message: "Hva den sjekker",
                "Kva han sjekkar",
                "What it checks";
        }
        /// Why it matters
        WhyItMatters = "report" "why-it-matters" [] {
            message: "Hvorfor det er viktig",
                "Kvifor det er viktig",
                "Why it matters";
        }
        /// How to fix it
        HowToFix = "report" "how-to-fix" [] {
            message: "Slik retter du det",
                "Slik rettar du det",
                "How to fix it";
        }
        /// Source
        Source = "report" "source" [] {
            message: "Kilde",
                "Kjelde",
                "Source";
        }
        /// Notes
        Notes = "report" "notes" [] {
            message: "Merknader",
                "Merknader",
                "Notes";
        }
        /// Parameters
        Parameters = "report" "parameters" [] {
            message: "Parametere",
                "Parametrar",
                "Parameters";
        }
        /// Message
        Message = "report" "message" [] {
            message: "Melding",
                "Melding",
                "Message";
        }
        /// Messages
        Messages = "report" "messages" [] {
            message: "Meldinger",
                "Meldingar",
                "Messages";
        }
        /// Applies to
        AppliesTo = "report" "applies-to" [] {
            message: "Gjelder",
                "Gjeld",
                "Applies to";
        }
        /// minutes (dialogmote1/v1)
        FormatReferat = "report" "format-referat" [] {
            message: "referat (dialogmote1/v1)",
                "referat (dialogmote1/v1)",
                "minutes (dialogmote1/v1)";
        }
        /// follow-up plans (oppfolgingsplan1/v1)
        FormatPlan = "report" "format-plan" [] {
            message: "oppfølgingsplaner (oppfolgingsplan1/v1)",
                "oppfølgingsplanar (oppfolgingsplan1/v1)",
                "follow-up plans (oppfolgingsplan1/v1)";
        }
        /// Severity in this configuration
        SeverityHere = "report" "severity-here" [] {
            message: "Alvorlighet i denne konfigurasjonen",
                "Alvorsgrad i denne konfigurasjonen",
                "Severity in this configuration";
        }
    }
}
