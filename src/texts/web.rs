//! The browser editor's own words (`web/`): its headings, buttons, field
//! labels and hints, in the guide's words. Where the form names what the
//! printed referat names (a field, a role, a measure, a severity), the page
//! says the referat's own text under its page id ([`shared`]), so that the
//! form and the referat cannot drift apart. The page
//! gets them as `web/dist/texts.js`, which `web/build.sh` generates from
//! this table (`cargo run --example web_texts`); findings come from the
//! engine, in the language asked for, and none is written here. `{…}` are
//! filled in by the page.

super::catalogue! {
    /// The id of a text of the browser editor (the page names it by the
    /// string id, `title`, `m_arbeidsplassvurdering`).
    pub(crate) enum WebText {
        /// Fill in the form in the guide's order. It is checked as you type.
        Subtitle = "web" "subtitle" [] {
            message: "Fyll ut skjemaet i veilederens rekkefølge. Kontrollen går mens du skriver.",
                "Fyll ut skjemaet i rettleiaren si rekkjefølgje. Kontrollen går medan du skriv.",
                "Fill in the form in the guide's order. It is checked as you type.";
        }
        /// Skip to the form
        Skip = "web" "skip" [] {
            message: "Gå til skjemaet",
                "Gå til skjemaet",
                "Skip to the form";
        }
        /// Language
        Language = "web" "language" [] {
            message: "Språk",
                "Språk",
                "Language";
        }
        /// Loading the checker …
        Loading = "web" "loading" [] {
            message: "Laster kontrollen …",
                "Lastar kontrollen …",
                "Loading the checker …";
        }
        /// The checker could not start in this browser.
        EngineFailed = "web" "engineFailed" [] {
            message: "Kontrollen kunne ikke startes i denne nettleseren.",
                "Kontrollen kunne ikkje startast i denne nettlesaren.",
                "The checker could not start in this browser.";
        }
        /// New minutes
        NewReferat = "web" "newReferat" [] {
            message: "Nytt referat",
                "Nytt referat",
                "New minutes";
        }
        /// Start new, empty minutes? What you have written will be lost.
        NewConfirm = "web" "newConfirm" [] {
            message: "Begynne på et nytt, tomt referat? Det du har skrevet, blir borte.",
                "Byrje på eit nytt, tomt referat? Det du har skrive, blir borte.",
                "Start new, empty minutes? What you have written will be lost.";
        }
        /// Open a file (YAML or JSON)
        Open = "web" "open" [] {
            message: "Åpne fil (YAML eller JSON)",
                "Opne fil (YAML eller JSON)",
                "Open a file (YAML or JSON)";
        }
        /// Save as YAML
        ExportYaml = "web" "exportYaml" [] {
            message: "Lagre som YAML",
                "Lagre som YAML",
                "Save as YAML";
        }
        /// Preview the minutes
        ShowPreview = "web" "showPreview" [] {
            message: "Forhåndsvis referatet",
                "Førehandsvis referatet",
                "Preview the minutes";
        }
        /// Print
        Print = "web" "print" [] {
            message: "Skriv ut",
                "Skriv ut",
                "Print";
        }
        /// Download PDF
        DownloadPdf = "web" "downloadPdf" [] {
            message: "Last ned PDF",
                "Last ned PDF",
                "Download PDF";
        }
        /// Download HTML
        DownloadHtml = "web" "downloadHtml" [] {
            message: "Last ned HTML",
                "Last ned HTML",
                "Download HTML";
        }
        /// Close the preview
        ClosePreview = "web" "closePreview" [] {
            message: "Lukk forhåndsvisningen",
                "Lukk førehandsvisinga",
                "Close the preview";
        }
        /// Preview
        Preview = "web" "preview" [] {
            message: "Forhåndsvisning",
                "Førehandsvising",
                "Preview";
        }
        /// The minutes have errors and are shown as a draft.
        PreviewDraft = "web" "previewDraft" [] {
            message: "Referatet har feil og vises som utkast.",
                "Referatet har feil og blir vist som utkast.",
                "The minutes have errors and are shown as a draft.";
        }
        /// The minutes cannot be shown until these findings are mended:
        PreviewRefused = "web" "previewRefused" [] {
            message: "Referatet kan ikke vises før disse funnene er rettet:",
                "Referatet kan ikkje visast før desse funna er retta:",
                "The minutes cannot be shown until these findings are mended:";
        }
        /// The draft is kept only in this browser, on this machine. Nothing is sent anywhere: the checking runs in the browser.
        DraftNote = "web" "draftNote" [] {
            message: "Kladden lagres bare i denne nettleseren, på denne maskinen. Ingenting sendes noe sted: kontrollen går i nettleseren.",
                "Kladden blir berre lagra i denne nettlesaren, på denne maskina. Ingenting blir sendt nokon stad: kontrollen går i nettlesaren.",
                "The draft is kept only in this browser, on this machine. Nothing is sent anywhere: the checking runs in the browser.";
        }
        /// Delete the draft from the browser
        DeleteDraft = "web" "deleteDraft" [] {
            message: "Slett kladden fra nettleseren",
                "Slett kladden frå nettlesaren",
                "Delete the draft from the browser";
        }
        /// Delete the draft from this browser? This cannot be undone.
        DeleteConfirm = "web" "deleteConfirm" [] {
            message: "Slette kladden fra denne nettleseren? Dette kan ikke angres.",
                "Slette kladden frå denne nettlesaren? Dette kan ikkje angrast.",
                "Delete the draft from this browser? This cannot be undone.";
        }
        /// The draft is deleted.
        DraftDeleted = "web" "draftDeleted" [] {
            message: "Kladden er slettet.",
                "Kladden er sletta.",
                "The draft is deleted.";
        }
        /// Check
        Summary = "web" "summary" [] {
            message: "Kontroll",
                "Kontroll",
                "Check";
        }
        /// Send the minutes by
        SendBy = "web" "sendBy" [] {
            message: "Send referatet innen",
                "Send referatet innan",
                "Send the minutes by";
        }
        /// The minutes were sent on
        SentOn = "web" "sentOn" [] {
            message: "Referatet ble sendt",
                "Referatet vart sendt",
                "The minutes were sent on";
        }
        /// The deadline shows once the meeting date is filled in.
        NoDeadline = "web" "noDeadline" [] {
            message: "Fristen vises når møtedatoen er fylt inn.",
                "Fristen blir vist når møtedatoen er fylt inn.",
                "The deadline shows once the meeting date is filled in.";
        }
        /// to the participants and the local NAV office, within 1 week of the meeting
        DeadlineNote = "web" "deadlineNote" [] {
            message: "til deltakerne og NAV lokalt, innen 1 uke etter møtet",
                "til deltakarane og NAV lokalt, innan 1 veke etter møtet",
                "to the participants and the local NAV office, within 1 week of the meeting";
        }
        /// errors
        Errors = "web" "errors" [] {
            message: "feil",
                "feil",
                "errors";
        }
        /// warnings
        Warnings = "web" "warnings" [] {
            message: "advarsler",
                "åtvaringar",
                "warnings";
        }
        /// infos
        Infos = "web" "infos" [] {
            message: "info",
                "info",
                "infos";
        }
        /// No findings: the minutes are ready.
        Clean = "web" "clean" [] {
            message: "Ingen funn: referatet er klart.",
                "Ingen funn: referatet er klart.",
                "No findings: the minutes are ready.";
        }
        /// Findings
        Findings = "web" "findings" [] {
            message: "Funn",
                "Funn",
                "Findings";
        }
        /// Go to the field
        GoToField = "web" "goToField" [] {
            message: "Gå til feltet",
                "Gå til feltet",
                "Go to the field";
        }
        /// Fix
        FixPrefix = "web" "fixPrefix" [] {
            message: "Rett",
                "Rett",
                "Fix";
        }
        /// (check afterwards)
        FixUnsafe = "web" "fixUnsafe" [] {
            message: "(sjekk etterpå)",
                "(sjekk etterpå)",
                "(check afterwards)";
        }
        /// {e} errors, {w} warnings, {i} infos
        Announce = "web" "announce" [e, i, w] {
            message: "{e} feil, {w} advarsler, {i} info",
                "{e} feil, {w} åtvaringar, {i} info",
                "{e} errors, {w} warnings, {i} infos";
        }
        /// Opened {name}.
        Opened = "web" "opened" [name] {
            message: "Åpnet {name}.",
                "Opna {name}.",
                "Opened {name}.";
        }
        /// {name} was not opened: the file is larger than {max}, the most the checker reads. Split the referat, or make it shorter.
        TooLarge = "web" "tooLarge" [max, name] {
            message: "{name} ble ikke åpnet: filen er større enn {max}, det meste kontrollen leser. Del opp referatet, eller gjør det kortere.",
                "{name} vart ikkje opna: fila er større enn {max}, det meste kontrollen les. Del opp referatet, eller gjer det kortare.",
                "{name} was not opened: the file is larger than {max}, the most the checker reads. Split the referat, or make it shorter.";
        }
        /// The form has no field for these parts of the file. They are kept as they are and written back when you save:
        NotShown = "web" "notShown" [] {
            message: "Skjemaet har ikke noe felt for dette i fila. Det beholdes som det er, og skrives tilbake når du lagrer:",
                "Skjemaet har ikkje noko felt for dette i fila. Det blir halde som det er, og skrive tilbake når du lagrar:",
                "The form has no field for these parts of the file. They are kept as they are and written back when you save:";
        }
        /// Fix everything that can be fixed
        FixAll = "web" "fixAll" [] {
            message: "Rett alt som kan rettes",
                "Rett alt som kan rettast",
                "Fix everything that can be fixed";
        }
        /// Fixed {n} findings. What is left must be filled in by you.
        FixAllDone = "web" "fixAllDone" [n] {
            message: "Rettet {n} funn. Det som er igjen, må du fylle ut selv.",
                "Retta {n} funn. Det som er att, må du fylle ut sjølv.",
                "Fixed {n} findings. What is left must be filled in by you.";
        }
        /// Nothing more can be fixed without you.
        FixAllNone = "web" "fixAllNone" [] {
            message: "Ingenting mer kan rettes uten deg.",
                "Ingenting meir kan rettast utan deg.",
                "Nothing more can be fixed without you.";
        }
        /// a field the form does not know, called {name} in the file
        UnknownField = "web" "unknownField" [name] {
            message: "et felt skjemaet ikke kjenner, kalt {name} i fila",
                "eit felt skjemaet ikkje kjenner, kalla {name} i fila",
                "a field the form does not know, called {name} in the file";
        }
        /// {label}: the file says {value}, which the field cannot show
        UnfitValue = "web" "unfitValue" [label, value] {
            message: "{label}: fila har {value}, som feltet ikke kan vise",
                "{label}: fila har {value}, som feltet ikkje kan vise",
                "{label}: the file says {value}, which the field cannot show";
        }
        /// set {label} to {value} (a fix, in the form's words)
        FixTo = "web" "fixTo" [label, value] {
            message: "sett {label} til {value}",
                "set {label} til {value}",
                "set {label} to {value}";
        }
        /// Fix this (a fix whose title speaks the file's words)
        FixThis = "web" "fixThis" [] {
            message: "Rett dette",
                "Rett dette",
                "Fix this";
        }
        /// tick {label}, or leave it empty
        DoCheck = "web" "doCheck" [label] {
            message: "kryss av for {label}, eller la det stå tomt",
                "kryss av for {label}, eller la det stå tomt",
                "tick {label}, or leave it empty";
        }
        /// choose yes or no in {label}
        DoYesNo = "web" "doYesNo" [label] {
            message: "velg ja eller nei i {label}",
                "vel ja eller nei i {label}",
                "choose yes or no in {label}";
        }
        /// pick a date in {label}
        DoDate = "web" "doDate" [label] {
            message: "velg en dato i {label}",
                "vel ein dato i {label}",
                "pick a date in {label}";
        }
        /// enter a time in {label}
        DoTime = "web" "doTime" [label] {
            message: "skriv et klokkeslett i {label}",
                "skriv eit klokkeslett i {label}",
                "enter a time in {label}";
        }
        /// choose a value in {label}
        DoSelect = "web" "doSelect" [label] {
            message: "velg en verdi i {label}",
                "vel ein verdi i {label}",
                "choose a value in {label}";
        }
        /// enter a whole number in {label}
        DoNumber = "web" "doNumber" [label] {
            message: "skriv et helt tall i {label}",
                "skriv eit heilt tal i {label}",
                "enter a whole number in {label}";
        }
        /// fill in {label}
        DoFill = "web" "doFill" [label] {
            message: "fyll inn {label}",
                "fyll inn {label}",
                "fill in {label}";
        }
        /// tick the recipients in {label}
        DoRecipients = "web" "doRecipients" [label] {
            message: "kryss av for mottakerne under {label}",
                "kryss av for mottakarane under {label}",
                "tick the recipients under {label}";
        }
        /// The PDF could not be made: this browser could not load the part of the checker that writes PDF. Try again, or choose «Print» and then «Save as PDF».
        PdfLoadFailed = "web" "pdfLoadFailed" [] {
            message: "PDF-en kunne ikke lages: nettleseren fikk ikke lastet inn den delen av kontrollen som skriver PDF. Prøv igjen, eller velg «Skriv ut» og så «Lagre som PDF».",
                "PDF-en kunne ikkje lagast: nettlesaren fekk ikkje lasta inn den delen av kontrollen som skriv PDF. Prøv igjen, eller vel «Skriv ut» og så «Lagre som PDF».",
                "The PDF could not be made: this browser could not load the part of the checker that writes PDF. Try again, or choose «Print» and then «Save as PDF».";
        }
        /// The file has comments (lines with #). They are kept until you change something in the form; then the minutes are written anew without them.
        CommentsLost = "web" "commentsLost" [] {
            message: "Fila har kommentarer (linjer med #). De beholdes til du endrer noe i skjemaet; da skrives referatet på nytt uten dem.",
                "Fila har kommentarar (linjer med #). Dei blir haldne til du endrar noko i skjemaet; då blir referatet skrive på nytt utan dei.",
                "The file has comments (lines with #). They are kept until you change something in the form; then the minutes are written anew without them.";
        }
        /// The file cannot be read into the form until the syntax error is mended. Mend it in the YAML text at the bottom.
        Unreadable = "web" "unreadable" [] {
            message: "Fila kan ikke leses inn i skjemaet før syntaksfeilen er rettet. Rett den i YAML-teksten nederst.",
                "Fila kan ikkje lesast inn i skjemaet før syntaksfeilen er retta. Rett han i YAML-teksten nedst.",
                "The file cannot be read into the form until the syntax error is mended. Mend it in the YAML text at the bottom.";
        }
        /// The document is not a minutes document (its top level is not an object); only the YAML text can show it.
        NotReferat = "web" "notReferat" [] {
            message: "Dokumentet er ikke et referat (øverste nivå er ikke et objekt); bare YAML-teksten kan vise det.",
                "Dokumentet er ikkje eit referat (det øvste nivået er ikkje eit objekt); berre YAML-teksten kan vise det.",
                "The document is not a minutes document (its top level is not an object); only the YAML text can show it.";
        }
        /// – choose –
        Choose = "web" "choose" [] {
            message: "– velg –",
                "– vel –",
                "– choose –";
        }
        /// Remove
        Remove = "web" "remove" [] {
            message: "Fjern",
                "Fjern",
                "Remove";
        }
        /// Time used (minutes)
        Minutes = "web" "minutes" [] {
            message: "Tid brukt (minutter)",
                "Tid brukt (minutt)",
                "Time used (minutes)";
        }
        /// Write about work, functional ability and adjustments – not the diagnosis or a national ID number.
        NoDiagnosis = "web" "noDiagnosis" [] {
            message: "Skriv om arbeid, funksjon og tilrettelegging – ikke diagnose eller fødselsnummer.",
                "Skriv om arbeid, funksjon og tilrettelegging – ikkje diagnose eller fødselsnummer.",
                "Write about work, functional ability and adjustments – not the diagnosis or a national ID number.";
        }
        /// Use the follow-up plan as the basis for this meeting. Time matters especially if the doctor takes part (at most 45 minutes).
        GuideIntro = "web" "guideIntro" [] {
            message: "Bruk oppfølgingsplanen som utgangspunkt for dette møtet. Tidsaspektet er spesielt viktig hvis lege skal delta (maksimalt 45 minutter).",
                "Bruk oppfølgingsplanen som utgangspunkt for dette møtet. Tidsaspektet er særleg viktig viss lege skal delta (maksimalt 45 minutt).",
                "Use the follow-up plan as the basis for this meeting. Time matters especially if the doctor takes part (at most 45 minutes).";
        }
        /// Sick leave and follow-up plan
        SecSickLeave = "web" "secSickLeave" [] {
            message: "Sykmelding og oppfølgingsplan",
                "Sjukmelding og oppfølgingsplan",
                "Sick leave and follow-up plan";
        }
        /// 100 = fully absent
        GradeHint = "web" "gradeHint" [] {
            message: "100 = helt sykmeldt",
                "100 = heilt sjukmeld",
                "100 = fully absent";
        }
        /// Only if it began later than the first day of absence
        FullAbsenceHint = "web" "fullAbsenceHint" [] {
            message: "Bare hvis det begynte senere enn første fraværsdag",
                "Berre viss det byrja seinare enn første fråværsdag",
                "Only if it began later than the first day of absence";
        }
        /// Date of the follow-up plan used
        PlanDate = "web" "planDate" [] {
            message: "Oppfølgingsplanen som ble brukt, er datert",
                "Oppfølgingsplanen som vart brukt, er datert",
                "Date of the follow-up plan used";
        }
        /// The plan was sent to the doctor on
        PlanSent = "web" "planSent" [] {
            message: "Planen ble sendt til lege/behandler",
                "Planen vart sendt til lege/behandlar",
                "The plan was sent to the doctor on";
        }
        /// All four roles must be considered: if someone did not take part, say why.
        ParticipantsHint = "web" "participantsHint" [] {
            message: "Alle fire roller skal være vurdert: deltok de ikke, skriv hvorfor.",
                "Alle fire rollene skal vere vurderte: deltok dei ikkje, skriv kvifor.",
                "All four roles must be considered: if someone did not take part, say why.";
        }
        /// For example the line manager
        FunctionHint = "web" "functionHint" [] {
            message: "For eksempel nærmeste leder",
                "Til dømes nærmaste leiar",
                "For example the line manager";
        }
        /// Who is this? (required for "other")
        FunctionAnnen = "web" "functionAnnen" [] {
            message: "Hvem er dette? (påkrevd for «annen»)",
                "Kven er dette? (påkravd for «annan»)",
                "Who is this? (required for \"other\")";
        }
        /// Why not
        AbsenceReason = "web" "absenceReason" [] {
            message: "Hvorfor deltok ikke",
                "Kvifor deltok ikkje",
                "Why not";
        }
        /// For example not invited, declined, no BHT agreement
        AbsenceHint = "web" "absenceHint" [] {
            message: "For eksempel ikke innkalt, takket nei, ingen BHT-avtale",
                "Til dømes ikkje kalla inn, takka nei, ingen BHT-avtale",
                "For example not invited, declined, no BHT agreement";
        }
        /// Add
        Add = "web" "add" [] {
            message: "Legg til",
                "Legg til",
                "Add";
        }
        /// Phase 1 Introduction (about 5 min.)
        SecPhase1 = "web" "secPhase1" [] {
            message: "Fase 1 Innledning/klimasetting (ca. 5 min.)",
                "Fase 1 Innleiing/klimasetting (ca. 5 min.)",
                "Phase 1 Introduction (about 5 min.)";
        }
        /// 1. What kind of meeting, and why
        CPurpose = "web" "c_purpose" [] {
            message: "1. Hva slags møte og hvorfor",
                "1. Kva slags møte og kvifor",
                "1. What kind of meeting, and why";
        }
        /// 2. Round of introductions, with each person's role
        CIntroductions = "web" "c_introductions" [] {
            message: "2. Presentasjonsrunde med rolleavklaring",
                "2. Presentasjonsrunde med rolleavklaring",
                "2. Round of introductions, with each person's role";
        }
        /// 3. The intention and goals of the meeting: sum up the follow-up so far, and find good solutions for a return to work or further clarification
        CGoals = "web" "c_goals" [] {
            message: "3. Intensjon og mål med møtet: oppsummere erfaringer med oppfølgingen som har skjedd til nå, og finne frem til de gode løsningene for tilbakeføring til arbeid eller videre avklaring",
                "3. Intensjon og mål med møtet: oppsummere erfaringar med oppfølginga som har skjedd til no, og finne fram til dei gode løysingane for tilbakeføring til arbeid eller vidare avklaring",
                "3. The intention and goals of the meeting: sum up the follow-up so far, and find good solutions for a return to work or further clarification";
        }
        /// 4. Confidentiality
        CConfidentiality = "web" "c_confidentiality" [] {
            message: "4. Taushetsplikt",
                "4. Teieplikt",
                "4. Confidentiality";
        }
        /// 5. A tight time frame, respect for the agenda
        CTimeFrame = "web" "c_time_frame" [] {
            message: "5. Stram tidsramme, respekt for agendaen",
                "5. Stram tidsramme, respekt for agendaen",
                "5. A tight time frame, respect for the agenda";
        }
        /// Phase 2 Status (about 10 min.)
        SecPhase2 = "web" "secPhase2" [] {
            message: "Fase 2 Status (ca. 10 min.)",
                "Fase 2 Status (ca. 10 min.)",
                "Phase 2 Status (about 10 min.)";
        }
        /// 1. The employee describes how their own functional ability has developed …
        HFunctionalAbility = "web" "h_functional_ability" [] {
            message: "1. Arbeidstaker redegjør for utviklingen av egen funksjonsevne …",
                "1. Arbeidstakaren gjer greie for utviklinga av eigen funksjonsevne …",
                "1. The employee describes how their own functional ability has developed …";
        }
        /// 1. … and how any adjustments are felt to have worked
        HAdjustmentsExperience = "web" "h_adjustments_experience" [] {
            message: "1. … og hvorledes eventuelle tilrettelagte tiltak oppleves å ha fungert",
                "1. … og korleis eventuelle tilrettelagde tiltak blir opplevde å ha fungert",
                "1. … and how any adjustments are felt to have worked";
        }
        /// 2. The employer describes the adjustments put in place …
        HAdjustmentsMade = "web" "h_adjustments_made" [] {
            message: "2. Arbeidsgiver redegjør for tilrettelegginger som er iverksatt …",
                "2. Arbeidsgivaren gjer greie for tilretteleggingar som er sette i verk …",
                "2. The employer describes the adjustments put in place …";
        }
        /// 2. … and any measures not carried out, and if so why
        HNotImplemented = "web" "h_not_implemented" [] {
            message: "2. … samt tiltak som evt. ikke er gjennomført, og i så fall hvorfor",
                "2. … og tiltak som eventuelt ikkje er gjennomførte, og i så fall kvifor",
                "2. … and any measures not carried out, and if so why";
        }
        /// 3. The doctor's views, if any
        HLege = "web" "h_lege" [] {
            message: "3. Lege/behandlers eventuelle synspunkter",
                "3. Eventuelle synspunkt frå lege/behandlar",
                "3. The doctor's views, if any";
        }
        /// 4. The occupational health service's views, if any
        HBht = "web" "h_bht" [] {
            message: "4. BHTs eventuelle synspunkter",
                "4. Eventuelle synspunkt frå BHT",
                "4. The occupational health service's views, if any";
        }
        /// 5. The employer asks any clarifying questions and sums up the status
        HSummary = "web" "h_summary" [] {
            message: "5. Arbeidsgiver stiller eventuelle oppklarende spørsmål og oppsummerer status",
                "5. Arbeidsgivaren stiller eventuelle oppklarande spørsmål og oppsummerer status",
                "5. The employer asks any clarifying questions and sums up the status";
        }
        /// Phase 3 Solutions (about 20 min.)
        SecPhase3 = "web" "secPhase3" [] {
            message: "Fase 3 Løsningsfasen (ca. 20 min.)",
                "Fase 3 Løysingsfasen (ca. 20 min.)",
                "Phase 3 Solutions (about 20 min.)";
        }
        /// The focus here is on activity at the workplace.
        Phase3Hint = "web" "phase3Hint" [] {
            message: "Her er det viktig å ha fokus på å få til aktivitet på arbeidsplassen.",
                "Her er det viktig å ha merksemda på å få til aktivitet på arbeidsplassen.",
                "The focus here is on activity at the workplace.";
        }
        /// Add a proposal
        AddProposal = "web" "addProposal" [] {
            message: "Legg til forslag",
                "Legg til forslag",
                "Add a proposal";
        }
        /// The solution
        PDescription = "web" "p_description" [] {
            message: "Løsningen",
                "Løysinga",
                "The solution";
        }
        /// The employee reflects on which concrete solutions are possible, with adjustments if needed
        HDescription = "web" "h_description" [] {
            message: "Arbeidstaker reflekterer rundt hvilke konkrete løsninger som er mulig å få til, evt. med tilrettelegging",
                "Arbeidstakaren reflekterer rundt kva for konkrete løysingar som er moglege å få til, eventuelt med tilrettelegging",
                "The employee reflects on which concrete solutions are possible, with adjustments if needed";
        }
        /// The employer assesses whether they can be realised, and may propose solutions of their own
        HEmployerAssessment = "web" "h_employer_assessment" [] {
            message: "Arbeidsgiver vurderer om disse er realiserbare, og kommer evt. med egne forslag til løsninger",
                "Arbeidsgivaren vurderer om desse er realiserbare, og kjem eventuelt med eigne forslag til løysingar",
                "The employer assesses whether they can be realised, and may propose solutions of their own";
        }
        /// Why
        PEmployerComment = "web" "p_employer_comment" [] {
            message: "Hvorfor",
                "Kvifor",
                "Why";
        }
        /// The doctor or BHT says whether the proposals are medically sound
        HMedicalAssessment = "web" "h_medical_assessment" [] {
            message: "Legen/BHT uttaler seg om eventuelle løsningsforslag er medisinsk forsvarlig",
                "Legen/BHT uttalar seg om eventuelle løysingsforslag er medisinsk forsvarlege",
                "The doctor or BHT says whether the proposals are medically sound";
        }
        /// Assessed by
        PMedicalAssessor = "web" "p_medical_assessor" [] {
            message: "Vurdert av",
                "Vurdert av",
                "Assessed by";
        }
        /// Consider NAV's economic measures here. Choose a decision for each.
        MeasuresHint = "web" "measuresHint" [] {
            message: "Her er det viktig å vurdere eventuell bruk av økonomiske virkemidler fra NAV. Velg en beslutning for hvert.",
                "Her er det viktig å vurdere eventuell bruk av økonomiske verkemiddel frå NAV. Vel ei avgjerd for kvart.",
                "Consider NAV's economic measures here. Choose a decision for each.";
        }
        /// To be applied for or started
        DApply = "web" "d_apply" [] {
            message: "Søkes om eller settes i gang",
                "Det blir søkt om eller sett i gang",
                "To be applied for or started";
        }
        /// d. Purchase of health services for mild mental disorders
        MHelsetjenesterLetterePsykiskeLidelser = "web" "m_helsetjenester_lettere_psykiske_lidelser" [] {
            message: "d. Kjøp av helsetjenester v/lettere psykiske lidelser",
                "d. Kjøp av helsetenester ved lettare psykiske lidingar",
                "d. Purchase of health services for mild mental disorders";
        }
        /// e. Exemption from the employer period for chronic illness or pregnancy-related absence
        MFritakArbeidsgiverperiode = "web" "m_fritak_arbeidsgiverperiode" [] {
            message: "e. Fritak for arbeidsgiverperiode for kroniske lidelser/svangerskapsrelatert fravær",
                "e. Fritak for arbeidsgivarperiode for kroniske lidingar/svangerskapsrelatert fråvær",
                "e. Exemption from the employer period for chronic illness or pregnancy-related absence";
        }
        /// g. Workplace assessment by a physiotherapist or occupational therapist
        MArbeidsplassvurdering = "web" "m_arbeidsplassvurdering" [] {
            message: "g. Arbeidsplassvurdering ved fysio-/ergoterapeut",
                "g. Arbeidsplassvurdering ved fysio-/ergoterapeut",
                "g. Workplace assessment by a physiotherapist or occupational therapist";
        }
        /// Phase 4 Agreement/conclusion (about 10 min.)
        SecPhase4 = "web" "secPhase4" [] {
            message: "Fase 4 Avtale/konklusjon (ca. 10 min.)",
                "Fase 4 Avtale/konklusjon (ca. 10 min.)",
                "Phase 4 Agreement/conclusion (about 10 min.)";
        }
        /// The employer sums up and concludes.
        Phase4Hint = "web" "phase4Hint" [] {
            message: "Arbeidsgiver oppsummerer og konkluderer.",
                "Arbeidsgivaren oppsummerer og konkluderer.",
                "The employer sums up and concludes.";
        }
        /// What was assessed?
        Assessed = "web" "assessed" [] {
            message: "Hva er vurdert?",
                "Kva er vurdert?",
                "What was assessed?";
        }
        /// What did we agree?
        Agreed = "web" "agreed" [] {
            message: "Hva er vi enige om?",
                "Kva er vi samde om?",
                "What did we agree?";
        }
        /// Is the workplace the arena for further follow-up?
        WorkplaceArena = "web" "workplaceArena" [] {
            message: "Skal virksomheten være arena for videre oppfølging?",
                "Skal verksemda vere arena for vidare oppfølging?",
                "Is the workplace the arena for further follow-up?";
        }
        /// If so, how
        WorkplaceArenaHow = "web" "workplaceArenaHow" [] {
            message: "I så fall hvorledes",
                "I så fall korleis",
                "If so, how";
        }
        /// If not: the employee was told about the alternatives and the process ahead
        AlternativesInformed = "web" "alternativesInformed" [] {
            message: "Hvis ikke: arbeidstaker er informert om alternativene og prosessen videre",
                "Viss ikkje: arbeidstakaren er informert om alternativa og prosessen vidare",
                "If not: the employee was told about the alternatives and the process ahead";
        }
        /// Who does what, and when?
        Actions = "web" "actions" [] {
            message: "Hvem gjør hva når?",
                "Kven gjer kva når?",
                "Who does what, and when?";
        }
        /// Choose a participant or NAV, or type a name
        AOwnerHint = "web" "a_ownerHint" [] {
            message: "Velg en deltaker eller NAV, eller skriv et navn",
                "Vel ein deltakar eller NAV, eller skriv eit namn",
                "Choose a participant or NAV, or type a name";
        }
        /// When (by)
        ADue = "web" "a_due" [] {
            message: "Når (frist)",
                "Når (frist)",
                "When (by)";
        }
        /// Carries out measure
        AMeasure = "web" "a_measure" [] {
            message: "Gjelder virkemiddel",
                "Gjeld verkemiddel",
                "Carries out measure";
        }
        /// – none –
        NoMeasure = "web" "noMeasure" [] {
            message: "– ingen –",
                "– ingen –",
                "– none –";
        }
        /// Task (an item of «Hvem gjør hva når»; the guide's «tiltak» are measures)
        Action = "web" "action" [] {
            message: "Oppgave",
                "Oppgåve",
                "Task";
        }
        /// Add a task
        AddAction = "web" "addAction" [] {
            message: "Legg til oppgave",
                "Legg til oppgåve",
                "Add a task";
        }
        /// Next follow-up or evaluation
        NextFollowUp = "web" "nextFollowUp" [] {
            message: "Neste oppfølging eller evaluering",
                "Neste oppfølging eller evaluering",
                "Next follow-up or evaluation";
        }
        /// The employer writes the minutes and sends them to the participants and the local NAV office within 1 week.
        ReferatHint = "web" "referatHint" [] {
            message: "Arbeidsgiver utarbeider referat som sendes deltakerne og NAV lokalt innen 1 uke.",
                "Arbeidsgivaren utarbeider referat som blir sendt til deltakarane og NAV lokalt innan 1 veke.",
                "The employer writes the minutes and sends them to the participants and the local NAV office within 1 week.";
        }
        /// The employer, or the name of the employer's representative
        AuthorHint = "web" "authorHint" [] {
            message: "Arbeidsgiver, eller navnet til arbeidsgiverens representant",
                "Arbeidsgivar, eller namnet til representanten for arbeidsgivaren",
                "The employer, or the name of the employer's representative";
        }
        /// Filled in from who attended, and NAV. You may change it.
        RecipientsHint = "web" "recipientsHint" [] {
            message: "Fylt ut etter hvem som deltok, og NAV. Du kan endre det.",
                "Fylt ut etter kven som deltok, og NAV. Du kan endre det.",
                "Filled in from who attended, and NAV. You may change it.";
        }
        /// Empty until the minutes are sent
        SentHint = "web" "sentHint" [] {
            message: "Tomt til referatet er sendt",
                "Tomt til referatet er sendt",
                "Empty until the minutes are sent";
        }
        /// The YAML text (for those who want to see the file)
        SecYaml = "web" "secYaml" [] {
            message: "YAML-teksten (for den som vil se filen)",
                "YAML-teksten (for den som vil sjå fila)",
                "The YAML text (for those who want to see the file)";
        }
        /// The minutes as YAML
        YamlLabel = "web" "yamlLabel" [] {
            message: "Referatet som YAML",
                "Referatet som YAML",
                "The minutes as YAML";
        }
        /// The form and the text are the same minutes. When you change the text, the form is read again.
        YamlHint = "web" "yamlHint" [] {
            message: "Skjemaet og teksten er det samme referatet. Endrer du teksten, leses skjemaet inn på nytt.",
                "Skjemaet og teksten er det same referatet. Endrar du teksten, blir skjemaet lese inn på nytt.",
                "The form and the text are the same minutes. When you change the text, the form is read again.";
        }
        /// Minutes of dialogue meeting 1 (format dialogmote1/v1), written in the browser
        FileHeader = "web" "fileHeader" [] {
            message: "Referat fra dialogmøte 1 (format dialogmote1/v1), skrevet i nettleseren",
                "Referat frå dialogmøte 1 (format dialogmote1/v1), skrive i nettlesaren",
                "Minutes of dialogue meeting 1 (format dialogmote1/v1), written in the browser";
        }
        // The employer and the revised follow-up plan (follow-up-plan.md);
        // the fields' names are the referat's own labels ([`shared`]).
        /// Who the minutes are from. NAV needs the name and the organisation number when the minutes are sent there.
        EmployerHint = "web" "employerHint" [] {
            message: "Hvem referatet er fra. NAV trenger navnet og organisasjonsnummeret når referatet sendes dit.",
                "Kven referatet er frå. NAV treng namnet og organisasjonsnummeret når referatet blir sendt dit.",
                "Who the minutes are from. NAV needs the name and the organisation number when the minutes are sent there.";
        }
        /// 9 digits, of the legal entity.
        OrgNumberHint = "web" "orgNumberHint" [] {
            message: "9 siffer, for den juridiske enheten.",
                "9 siffer, for den juridiske eininga.",
                "9 digits, of the legal entity.";
        }
        /// 9 digits, of the sub-unit where the employee works.
        SubUnitHint = "web" "subUnitHint" [] {
            message: "9 siffer, for underenheten der arbeidstakeren jobber.",
                "9 siffer, for undereininga der arbeidstakaren jobbar.",
                "9 digits, of the sub-unit where the employee works.";
        }
        /// The follow-up plan as the meeting revised it, with the questions of NAV's form for the plan.
        RevisedPlanHint = "web" "revisedPlanHint" [] {
            message: "Oppfølgingsplanen slik møtet reviderte den, med spørsmålene i NAVs skjema for oppfølgingsplan.",
                "Oppfølgingsplanen slik møtet reviderte han, med spørsmåla i skjemaet til NAV for oppfølgingsplan.",
                "The follow-up plan as the meeting revised it, with the questions of NAV's form for the plan.";
        }
        /// Left empty, the plan's date is the meeting date.
        PlanDateHint = "web" "planDateHint" [] {
            message: "Står den tom, er planens dato møtedatoen.",
                "Står han tom, er datoen for planen møtedatoen.",
                "Left empty, the plan's date is the meeting date.";
        }
        /// Fill in only when someone other than the nearest leader follows the employee up.
        ContactHint = "web" "contactHint" [] {
            message: "Fyll ut bare når en annen enn nærmeste leder følger opp arbeidstakeren.",
                "Fyll ut berre når ein annan enn nærmaste leiar følgjer opp arbeidstakaren.",
                "Fill in only when someone other than the nearest leader follows the employee up.";
        }
        /// Request to NAV
        NavRequest = "web" "navRequest" [] {
            message: "Forespørsel til NAV",
                "Førespurnad til NAV",
                "Request to NAV";
        }
        /// Makes the file nav-lps.json: the request an HR system sends to NAV's intake of follow-up plans. The page sends nothing itself.
        NavRequestHint = "web" "navRequestHint" [] {
            message: "Lager filen nav-lps.json: forespørselen et HR-system sender til NAVs mottak av oppfølgingsplaner. Siden sender ingenting selv.",
                "Lagar fila nav-lps.json: førespurnaden eit HR-system sender til mottaket til NAV for oppfølgingsplanar. Sida sender ingenting sjølv.",
                "Makes the file nav-lps.json: the request an HR system sends to NAV's intake of follow-up plans. The page sends nothing itself.";
        }
        /// The employee's fødselsnummer or D-nummer
        EmployeeId = "web" "employeeId" [] {
            message: "Arbeidstakerens fødselsnummer eller D-nummer",
                "Fødselsnummeret eller D-nummeret til arbeidstakaren",
                "The employee's fødselsnummer or D-nummer";
        }
        /// 11 digits. It is only in the file that is downloaded: …
        EmployeeIdHint = "web" "employeeIdHint" [] {
            message: "11 siffer. Det står bare i filen som lastes ned: det lagres ikke i referatet eller i nettleseren, og feltet tømmes når forespørselen er laget.",
                "11 siffer. Det står berre i fila som blir lasta ned: det blir ikkje lagra i referatet eller i nettlesaren, og feltet blir tømt når førespurnaden er laga.",
                "11 digits. It is only in the file that is downloaded: it is not kept in the minutes or in the browser, and the field is emptied once the request is made.";
        }
        /// The system that sends the plan
        LpsName = "web" "lpsName" [] {
            message: "Systemet som sender planen",
                "Systemet som sender planen",
                "The system that sends the plan";
        }
        /// The name NAV sees as the sender; left empty, “dialogmote” is used.
        LpsNameHint = "web" "lpsNameHint" [] {
            message: "Navnet NAV ser som avsender; står det tomt, brukes «dialogmote».",
                "Namnet NAV ser som avsendar; står det tomt, blir «dialogmote» brukt.",
                "The name NAV sees as the sender; left empty, “dialogmote” is used.";
        }
        /// The sender's e-mail
        LpsEmail = "web" "lpsEmail" [] {
            message: "Avsenderens e-post",
                "E-posten til avsendaren",
                "The sender's e-mail";
        }
        /// Accept synthetic test numbers (for NAV's test environment only)
        AllowSynthetic = "web" "allowSynthetic" [] {
            message: "Godta syntetiske testnumre (bare for NAVs testmiljø)",
                "Godta syntetiske testnummer (berre for testmiljøet til NAV)",
                "Accept synthetic test numbers (for NAV's test environment only)";
        }
        /// Make the request to NAV
        ExportNav = "web" "exportNav" [] {
            message: "Lag forespørsel til NAV",
                "Lag førespurnad til NAV",
                "Make the request to NAV";
        }
        /// The request is downloaded as {name}. Send it to NAV from the HR system; …
        ExportNavDone = "web" "exportNavDone" [name] {
            message: "Forespørselen er lastet ned som {name}. Send den til NAV fra HR-systemet. Fødselsnummeret er tømt fra siden.",
                "Førespurnaden er lasta ned som {name}. Send han til NAV frå HR-systemet. Fødselsnummeret er tømt frå sida.",
                "The request is downloaded as {name}. Send it to NAV from the HR system. The identity number is cleared from the page.";
        }
        /// The request was not made:
        ExportNavNot = "web" "exportNavNot" [] {
            message: "Forespørselen ble ikke laget:",
                "Førespurnaden vart ikkje laga:",
                "The request was not made:";
        }
    }
}

/// The page's ids of texts it shares with the rendered referat and the
/// reports: the form says exactly what the referat and the findings say.
pub(crate) fn shared() -> Vec<(&'static str, &'static super::Entry)> {
    use super::{ExportText, FieldText, Label, ReportText};
    vec![
        ("secMeeting", FieldText::Meeting.entry()),
        ("sickStart", FieldText::SickLeaveStart.entry()),
        ("grade", FieldText::SickLeaveGrade.entry()),
        ("fullAbsenceStart", FieldText::FullAbsenceStart.entry()),
        ("sent", FieldText::Sent.entry()),
        ("revisedPlan", FieldText::RevisedPlan.entry()),
        ("start", FieldText::Start.entry()),
        ("end", FieldText::End.entry()),
        ("secReferat", FieldText::Minutes.entry()),
        ("title", Label::Title.entry()),
        ("yes", Label::Yes.entry()),
        ("no", Label::No.entry()),
        ("date", FieldText::MeetingDate.entry()),
        ("location", Label::Place.entry()),
        ("mode", Label::Mode.entry()),
        ("secParticipants", Label::Participants.entry()),
        ("role", Label::Role.entry()),
        ("name", Label::Name.entry()),
        ("function", Label::Function.entry()),
        ("attended", Label::Attended.entry()),
        ("coveredLegend", Label::Covered.entry()),
        ("notes", Label::Notes.entry()),
        ("statusEmployee", Label::StatusEmployee.entry()),
        ("s_functional_ability", Label::FunctionalAbility.entry()),
        (
            "s_adjustments_experience",
            Label::AdjustmentsExperience.entry(),
        ),
        ("statusEmployer", Label::StatusEmployer.entry()),
        ("s_adjustments_made", Label::AdjustmentsMade.entry()),
        ("s_what_worked", Label::WhatWorked.entry()),
        ("s_what_did_not_work", Label::WhatDidNotWork.entry()),
        ("s_not_implemented", Label::NotImplemented.entry()),
        ("s_lege", Label::StatusDoctor.entry()),
        ("s_bht", Label::StatusBht.entry()),
        ("s_summary", Label::StatusSummary.entry()),
        ("proposals", Label::Proposals.entry()),
        ("proposal", Label::Proposal.entry()),
        ("p_proposed_by", Label::ProposedBy.entry()),
        ("p_employer_assessment", Label::EmployerAssessment.entry()),
        ("p_medical_assessment", Label::MedicalAssessment.entry()),
        ("measures", Label::Measures.entry()),
        ("decision", Label::Decision.entry()),
        ("note", Label::Note.entry()),
        ("a_what", Label::What.entry()),
        ("a_owner", Label::Who.entry()),
        ("author", Label::Author.entry()),
        ("recipients", Label::Recipients.entry()),
        ("role_arbeidstaker", Label::RoleArbeidstaker.entry()),
        ("role_arbeidsgiver", Label::RoleArbeidsgiver.entry()),
        ("role_lege", Label::RoleLege.entry()),
        ("role_bht", Label::RoleBht.entry()),
        ("role_nav", Label::RoleNav.entry()),
        ("role_tillitsvalgt", Label::RoleTillitsvalgt.entry()),
        ("role_verneombud", Label::RoleVerneombud.entry()),
        ("role_annen", Label::RoleAnnen.entry()),
        ("mode_in_person", Label::ModeInPerson.entry()),
        ("mode_video", Label::ModeVideo.entry()),
        ("mode_phone", Label::ModePhone.entry()),
        ("mode_hybrid", Label::ModeHybrid.entry()),
        ("ea_feasible", Label::Feasible.entry()),
        ("ea_partly_feasible", Label::PartlyFeasible.entry()),
        ("ea_not_feasible", Label::NotFeasible.entry()),
        ("ma_sound", Label::Sound.entry()),
        ("ma_not_sound", Label::NotSound.entry()),
        ("ma_not_assessed", Label::NotAssessed.entry()),
        ("d_in_use", Label::InUse.entry()),
        ("d_clarify", Label::Clarify.entry()),
        ("d_not_relevant", Label::NotRelevant.entry()),
        ("m_gradert_sykmelding", Label::MGradert.entry()),
        ("m_tilretteleggingstilskudd", Label::MTilskudd.entry()),
        (
            "m_avklaring_rehabilitering_oppfolging",
            Label::MAvklaring.entry(),
        ),
        ("m_kid_kurs", Label::MKid.entry()),
        ("m_arbeidsplasshjelpemidler", Label::MHjelpemidler.entry()),
        ("secEmployer", Label::Employer.entry()),
        ("employerName", Label::EmployerName.entry()),
        ("organisationNumber", Label::OrganisationNumber.entry()),
        ("subUnitNumber", Label::SubUnitNumber.entry()),
        ("nearestLeader", Label::NearestLeader.entry()),
        ("phone", Label::Phone.entry()),
        ("email", Label::Email.entry()),
        ("secRevisedPlan", Label::RevisedPlanSection.entry()),
        ("planVersionDate", Label::PlanVersionDate.entry()),
        ("firstDate", Label::FirstDate.entry()),
        ("version", Label::Version.entry()),
        ("revises", Label::Revises.entry()),
        ("planWorkTasks", Label::WorkTasks.entry()),
        ("planAdjustments", Label::Adjustments.entry()),
        ("planSharing", Label::PlanSharing.entry()),
        ("typicalWorkday", Label::TypicalWorkday.entry()),
        ("tasksPossible", Label::TasksPossible.entry()),
        ("tasksNotPossible", Label::TasksNotPossible.entry()),
        ("previousAdjustments", Label::PreviousAdjustments.entry()),
        ("plannedAdjustments", Label::PlannedAdjustments.entry()),
        ("otherAdjustments", Label::OtherAdjustments.entry()),
        ("followUp", Label::FollowUp.entry()),
        ("evaluationDate", Label::EvaluationDate.entry()),
        ("employeeInvolved", Label::EmployeeInvolved.entry()),
        ("notInvolvedReason", Label::NotInvolvedReason.entry()),
        ("shareWithNav", Label::ShareWithNav.entry()),
        ("needsHelp", Label::NeedsHelp.entry()),
        ("needsHelpDescription", Label::NeedsHelpDescription.entry()),
        ("shareWithDoctor", Label::ShareWithDoctor.entry()),
        ("messageToDoctor", Label::MessageToDoctor.entry()),
        (
            "additionalInformation",
            Label::AdditionalInformation.entry(),
        ),
        ("contactPerson", Label::ContactPerson.entry()),
        ("lpsEmailInvalid", ExportText::SenderEmailInvalid.entry()),
        ("navRefusedOne", ExportText::RefusedOne.entry()),
        ("navRefusedMany", ExportText::RefusedMany.entry()),
        ("error", ReportText::SeverityError.entry()),
        ("warning", ReportText::SeverityWarning.entry()),
        ("info", ReportText::SeverityInfo.entry()),
    ]
}
