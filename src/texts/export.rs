//! The words of the export to NAV (`dialogmote export --to nav-lps`), for
//! the HR staff who run it: why an identity number cannot be used, why a
//! plan is not sent, and the program's own words about the export's files.
//! They never hold the identity number or the document's text: `{field}`
//! is a field's name, `{date}` a date of the run, `{n}` a count,
//! `{output}` a path the user gave.

super::catalogue! {
    /// The id of a text of the export; [`ExportText::text`] and
    /// [`ExportText::fill`] say it.
    pub enum ExportText {
        /// the identity number is missing
        IdEmpty = "export" "id-empty" [] {
            message: "fødselsnummeret mangler",
                "fødselsnummeret manglar",
                "the identity number is missing";
        }
        /// the identity number is too long (over 64 bytes); give only its 11 digits
        IdTooLong = "export" "id-too-long" [] {
            message: "fødselsnummeret er for langt (over 64 byte); oppgi bare de 11 sifrene",
                "fødselsnummeret er for langt (over 64 byte); oppgi berre dei 11 sifra",
                "the identity number is too long (over 64 bytes); give only its 11 digits";
        }
        /// the identity number does not have 11 digits
        IdNotElevenDigits = "export" "id-not-eleven-digits" [] {
            message: "fødselsnummeret har ikke 11 siffer",
                "fødselsnummeret har ikkje 11 siffer",
                "the identity number does not have 11 digits";
            help: "skriv de 11 sifrene uten mellomrom, punktum eller bindestrek",
                "skriv dei 11 sifra utan mellomrom, punktum eller bindestrek",
                "write the 11 digits without spaces, dots or hyphens";
        }
        /// the identity number's check digits do not match: it is probably mistyped
        IdCheckDigit = "export" "id-check-digit" [] {
            message: "kontrollsifrene i fødselsnummeret stemmer ikke; det er trolig skrevet feil",
                "kontrollsifra i fødselsnummeret stemmer ikkje; det er truleg skrive feil",
                "the identity number's check digits do not match; it is probably mistyped";
        }
        /// the identity number does not hold a real date of birth
        IdNotADate = "export" "id-not-a-date" [] {
            message: "fødselsnummeret har ingen gyldig fødselsdato",
                "fødselsnummeret har inga gyldig fødselsdato",
                "the identity number does not hold a real date of birth";
        }
        /// the date of birth in the identity number is later than {date}
        IdFuture = "export" "id-future" [date] {
            message: "fødselsdatoen i fødselsnummeret er senere enn {date}",
                "fødselsdatoen i fødselsnummeret er seinare enn {date}",
                "the date of birth in the identity number is later than {date}";
        }
        /// the identity number is a synthetic test number, which no person has
        IdSynthetic = "export" "id-synthetic" [] {
            message: "fødselsnummeret er et syntetisk testnummer, som ingen person har",
                "fødselsnummeret er eit syntetisk testnummer, som ingen person har",
                "the identity number is a synthetic test number, which no person has";
        }
        /// the name of the system that sends the plan is blank
        SenderNameBlank = "export" "sender-name-blank" [] {
            message: "navnet på systemet som sender planen, er tomt",
                "namnet på systemet som sender planen, er tomt",
                "the name of the system that sends the plan is blank";
        }
        /// the e-mail address of the system that sends the plan is not an e-mail address …
        SenderEmailInvalid = "export" "sender-email-invalid" [] {
            message: "e-postadressen til systemet som sender planen, er ikke en e-postadresse",
                "e-postadressa til systemet som sender planen, er ikkje ei e-postadresse",
                "the e-mail address of the system that sends the plan is not an e-mail address";
            help: "en e-postadresse har én @, tekst på begge sider av den og ingen mellomrom",
                "ei e-postadresse har éin @, tekst på begge sider av han og ingen mellomrom",
                "an e-mail address has one @, text on both sides of it and no spaces";
        }
        /// the plan cannot be sent to NAV: 1 finding must be fixed first
        RefusedOne = "export" "refused-one" [] {
            message: "planen kan ikke sendes til NAV: 1 funn må rettes først",
                "planen kan ikkje sendast til NAV: 1 funn må rettast først",
                "the plan cannot be sent to NAV: 1 finding must be fixed first";
        }
        /// the plan cannot be sent to NAV: {n} findings must be fixed first
        RefusedMany = "export" "refused-many" [n] {
            message: "planen kan ikke sendes til NAV: {n} funn må rettes først",
                "planen kan ikkje sendast til NAV: {n} funn må rettast først",
                "the plan cannot be sent to NAV: {n} findings must be fixed first";
        }
        /// the plan cannot be sent to NAV: it does not meet NAV's requirements
        Incomplete = "export" "incomplete" [] {
            message: "planen kan ikke sendes til NAV: den oppfyller ikke NAVs krav",
                "planen kan ikkje sendast til NAV: han oppfyller ikkje krava til NAV",
                "the plan cannot be sent to NAV: it does not meet NAV's requirements";
        }
        /// {field} is not filled in; NAV requires it
        GapMissing = "export" "gap-missing" [field] {
            message: "{field} er ikke fylt ut; NAV krever det",
                "{field} er ikkje fylt ut; NAV krev det",
                "{field} is not filled in; NAV requires it";
        }
        /// {field} does not hold a value the format allows
        GapInvalid = "export" "gap-invalid" [field] {
            message: "{field} har ikke en verdi formatet tillater",
                "{field} har ikkje ein verdi formatet tillèt",
                "{field} does not hold a value the format allows";
        }
        /// help from NAV is asked for, but the plan is not to be shared with NAV
        GapHelpWithoutSharing = "export" "gap-help-without-sharing" [] {
            message: "bistand fra NAV er bedt om, men planen skal ikke deles med NAV",
                "bistand frå NAV er bede om, men planen skal ikkje delast med NAV",
                "help from NAV is asked for, but the plan is not to be shared with NAV";
        }
        /// help from NAV is asked for without saying what help
        GapHelpUndescribed = "export" "gap-help-undescribed" [] {
            message: "bistand fra NAV er bedt om uten at det står hva slags",
                "bistand frå NAV er bede om utan at det står kva slags",
                "help from NAV is asked for without saying what help";
        }
        /// the help needed from NAV is described, but help is not asked for
        GapHelpDescriptionUnused = "export" "gap-help-description-unused" [] {
            message: "det står hva slags bistand fra NAV som trengs, men bistand er ikke bedt om",
                "det står kva slags bistand frå NAV som trengst, men bistand er ikkje bede om",
                "the help needed from NAV is described, but help is not asked for";
        }
        /// the employee did not take part in making the plan, and it does not say why
        GapNotInvolvedUnexplained = "export" "gap-not-involved-unexplained" [] {
            message: "arbeidstakeren har ikke medvirket i planen, og det står ikke hvorfor",
                "arbeidstakaren har ikkje medverka i planen, og det står ikkje kvifor",
                "the employee did not take part in making the plan, and it does not say why";
        }
        /// the employee took part in making the plan, but a reason why not is given
        GapInvolvedWithReason = "export" "gap-involved-with-reason" [] {
            message: "arbeidstakeren har medvirket i planen, men planen gir en grunn til at arbeidstakeren ikke har medvirket",
                "arbeidstakaren har medverka i planen, men planen gir ein grunn til at arbeidstakaren ikkje har medverka",
                "the employee took part in making the plan, but the plan gives a reason why the employee did not";
        }
        /// the evaluation date is not after {date}: evaluate and revise the plan first
        GapEvaluationDue = "export" "gap-evaluation-due" [date] {
            message: "evalueringsdatoen er ikke etter {date}; evaluer og revider planen først",
                "evalueringsdatoen er ikkje etter {date}; evaluer og revider planen først",
                "the evaluation date is not after {date}; evaluate and revise the plan first";
        }
        /// the document is neither a referat with a revised follow-up plan nor a follow-up plan
        GapNotAPlan = "export" "gap-not-a-plan" [] {
            message: "dokumentet er verken et referat med revidert oppfølgingsplan eller en oppfølgingsplan",
                "dokumentet er verken eit referat med revidert oppfølgingsplan eller ein oppfølgingsplan",
                "the document is neither a referat with a revised follow-up plan nor a follow-up plan";
        }
        /// {input} was not exported: {why}; nothing written
        CliRefused = "export" "cli-refused" [input, why] {
            message: "{input} ble ikke eksportert: {why}; ingenting er skrevet",
                "{input} vart ikkje eksportert: {why}; ingenting er skrive",
                "{input} was not exported: {why}; nothing written";
        }
        /// the identity number's file
        CliIdFile = "export" "cli-id-file" [] {
            message: "filen med fødselsnummeret",
                "fila med fødselsnummeret",
                "the identity number's file";
        }
        /// a synthetic test number is accepted only with `--allow-synthetic-id`, for NAV's test environment
        CliSyntheticHelp = "export" "cli-synthetic-help" [] {
            message: "et syntetisk testnummer godtas bare med `--allow-synthetic-id`, for NAVs testmiljø",
                "eit syntetisk testnummer blir berre godteke med `--allow-synthetic-id`, for testmiljøet til NAV",
                "a synthetic test number is accepted only with `--allow-synthetic-id`, for NAV's test environment";
        }
        /// Identity number (fødselsnummer or D-nummer, not shown):
        CliPrompt = "export" "cli-prompt" [] {
            message: "Fødselsnummer eller D-nummer (vises ikke): ",
                "Fødselsnummer eller D-nummer (blir ikkje vist): ",
                "Identity number (fødselsnummer or D-nummer, not shown): ";
        }
        /// `FILE` and `--employee-id-file` cannot both read standard input (`-`)
        CliBothStdin = "export" "cli-both-stdin" [] {
            message: "`FILE` og `--employee-id-file` kan ikke begge lese standard inn (`-`)",
                "`FILE` og `--employee-id-file` kan ikkje begge lese standard inn (`-`)",
                "`FILE` and `--employee-id-file` cannot both read standard input (`-`)";
        }
        /// standard output is a terminal: the request holds the identity number …
        CliStdoutTerminal = "export" "cli-stdout-terminal" [] {
            message: "standard ut er en terminal, og forespørselen inneholder fødselsnummeret; skriv den til en fil med `-o FIL` eller send den videre i et rør",
                "standard ut er ein terminal, og førespurnaden inneheld fødselsnummeret; skriv han til ei fil med `-o FIL` eller send han vidare i eit røyr",
                "standard output is a terminal, and the request holds the identity number; write it to a file with `-o FILE` or send it on through a pipe";
        }
        /// the output {output} is a terminal …
        CliOutputTerminal = "export" "cli-output-terminal" [output] {
            message: "utdatafilen {output} er en terminal, og forespørselen inneholder fødselsnummeret; skriv den til en fil",
                "utdatafila {output} er ein terminal, og førespurnaden inneheld fødselsnummeret; skriv han til ei fil",
                "the output {output} is a terminal, and the request holds the identity number; write it to a file";
        }
    }
}

impl ExportText {
    /// What it says in `lang`.
    pub fn text(self, lang: super::Lang) -> &'static str {
        self.get(lang)
    }

    /// What it says in `lang`, with each `{name}` of `args` filled in.
    pub fn fill(self, lang: super::Lang, args: &[(&str, &str)]) -> String {
        self.say(lang, args)
    }

    /// Its advice in `lang`, if it has any.
    pub fn help(self, lang: super::Lang) -> Option<&'static str> {
        self.entry().help.map(|h| h.get(lang))
    }
}
