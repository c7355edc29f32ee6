//! Every fixed text of the referat (headings, field names, roles, modes,
//! assessments, decisions, NAV's measures a–h in the guide's words, month
//! names), so a translator reads and corrects them in one place.
//! `src/referat/labels.rs` maps the model's values to them.

super::catalogue! {
    /// The id of a fixed text of the rendered referat.
    pub(crate) enum Label {
        /// Minutes of dialogue meeting 1
        Title = "referat" "title" [] {
            message: "Referat fra dialogmøte 1",
                "Referat frå dialogmøte 1",
                "Minutes of dialogue meeting 1";
        }
        /// DRAFT
        Draft = "referat" "draft" [] {
            message: "UTKAST",
                "UTKAST",
                "DRAFT";
        }
        /// Draft: the minutes are not finished and are not to be sent yet.
        DraftNote = "referat" "draft-note" [] {
            message: "Utkast: referatet er ikke ferdig og skal ikke sendes ennå.",
                "Utkast: referatet er ikkje ferdig og skal ikkje sendast enno.",
                "Draft: the minutes are not finished and are not to be sent yet.";
        }
        /// not recorded
        NotRecorded = "referat" "not-recorded" [] {
            message: "ikke ført",
                "ikkje ført",
                "not recorded";
        }
        /// Yes
        Yes = "referat" "yes" [] {
            message: "Ja",
                "Ja",
                "Yes";
        }
        /// No
        No = "referat" "no" [] {
            message: "Nei",
                "Nei",
                "No";
        }
        /// Page
        Page = "referat" "page" [] {
            message: "Side",
                "Side",
                "Page";
        }
        /// of
        Of = "referat" "of" [] {
            message: "av",
                "av",
                "of";
        }
        // The heading.
        /// Date
        Date = "referat" "date" [] {
            message: "Dato",
                "Dato",
                "Date";
        }
        /// Time
        Time = "referat" "time" [] {
            message: "Tid",
                "Tid",
                "Time";
        }
        /// Place
        Place = "referat" "place" [] {
            message: "Sted",
                "Stad",
                "Place";
        }
        /// Held as
        Mode = "referat" "mode" [] {
            message: "Møteform",
                "Møteform",
                "Held as";
        }
        /// Sick leave
        SickLeave = "referat" "sick-leave" [] {
            message: "Sykmelding",
                "Sjukmelding",
                "Sick leave";
        }
        /// on sick leave from
        SickLeaveFrom = "referat" "sick-leave-from" [] {
            message: "sykmeldt fra",
                "sjukmeld frå",
                "on sick leave from";
        }
        /// sick-leave grade
        SickLeaveGrade = "referat" "sick-leave-grade" [] {
            message: "sykmeldingsgrad",
                "sjukmeldingsgrad",
                "sick-leave grade";
        }
        /// fully absent from
        FullAbsenceFrom = "referat" "full-absence-from" [] {
            message: "helt sykmeldt fra",
                "heilt sjukmeld frå",
                "fully absent from";
        }
        // Participants.
        /// Participants
        Participants = "referat" "participants" [] {
            message: "Møtedeltakere",
                "Møtedeltakarar",
                "Participants";
        }
        /// Role
        Role = "referat" "role" [] {
            message: "Rolle",
                "Rolle",
                "Role";
        }
        /// Name
        Name = "referat" "name" [] {
            message: "Navn",
                "Namn",
                "Name";
        }
        /// Function
        Function = "referat" "function" [] {
            message: "Funksjon",
                "Funksjon",
                "Function";
        }
        /// Attended
        Attended = "referat" "attended" [] {
            message: "Deltok",
                "Deltok",
                "Attended";
        }
        /// No participants are recorded.
        NoParticipants = "referat" "no-participants" [] {
            message: "Ingen deltakere er ført.",
                "Ingen deltakarar er førte.",
                "No participants are recorded.";
        }
        // The follow-up plan.
        /// Follow-up plan
        Plan = "referat" "plan" [] {
            message: "Oppfølgingsplan",
                "Oppfølgingsplan",
                "Follow-up plan";
        }
        /// The follow-up plan was the basis for the meeting.
        PlanIntro = "referat" "plan-intro" [] {
            message: "Oppfølgingsplanen var utgangspunktet for møtet.",
                "Oppfølgingsplanen var utgangspunktet for møtet.",
                "The follow-up plan was the basis for the meeting.";
        }
        /// Version of the plan used
        PlanDate = "referat" "plan-date" [] {
            message: "Planen som ble brukt, er datert",
                "Planen som vart brukt, er datert",
                "Version of the plan used";
        }
        /// Sent to the doctor
        PlanSent = "referat" "plan-sent" [] {
            message: "Sendt til lege/behandler",
                "Sendt til lege/behandlar",
                "Sent to the doctor";
        }
        // Fase 1.
        /// Phase 1: Introduction
        Phase1 = "referat" "phase1" [] {
            message: "Fase 1: Innledning",
                "Fase 1: Innleiing",
                "Phase 1: Introduction";
        }
        /// Time used
        MinutesUsed = "referat" "minutes-used" [] {
            message: "Tid brukt",
                "Tid brukt",
                "Time used";
        }
        /// min
        Min = "referat" "min" [] {
            message: "min",
                "min",
                "min";
        }
        /// Covered
        Covered = "referat" "covered" [] {
            message: "Dette ble gått gjennom",
                "Dette vart gått gjennom",
                "Covered";
        }
        /// Not covered
        NotCovered = "referat" "not-covered" [] {
            message: "Dette ble ikke gått gjennom",
                "Dette vart ikkje gått gjennom",
                "Not covered";
        }
        /// What kind of meeting this is, and why
        CoveredPurpose = "referat" "covered-purpose" [] {
            message: "Hva slags møte dette er, og hvorfor",
                "Kva slags møte dette er, og kvifor",
                "What kind of meeting this is, and why";
        }
        /// Round of introductions, with each person's role
        CoveredIntroductions = "referat" "covered-introductions" [] {
            message: "Presentasjonsrunde med rolleavklaring",
                "Presentasjonsrunde med rolleavklaring",
                "Round of introductions, with each person's role";
        }
        /// The intention and goals of the meeting
        CoveredGoals = "referat" "covered-goals" [] {
            message: "Intensjon og mål med møtet",
                "Intensjon og mål med møtet",
                "The intention and goals of the meeting";
        }
        /// Confidentiality
        CoveredConfidentiality = "referat" "covered-confidentiality" [] {
            message: "Taushetsplikt",
                "Teieplikt",
                "Confidentiality";
        }
        /// A tight time frame and respect for the agenda
        CoveredTimeFrame = "referat" "covered-time-frame" [] {
            message: "Stram tidsramme og respekt for agendaen",
                "Stram tidsramme og respekt for agendaen",
                "A tight time frame and respect for the agenda";
        }
        /// Notes
        Notes = "referat" "notes" [] {
            message: "Notater",
                "Notat",
                "Notes";
        }
        // Fase 2.
        /// Phase 2: Status
        Phase2 = "referat" "phase2" [] {
            message: "Fase 2: Status",
                "Fase 2: Status",
                "Phase 2: Status";
        }
        /// The employee's account
        StatusEmployee = "referat" "status-employee" [] {
            message: "Arbeidstakers redegjørelse",
                "Arbeidstakaren si utgreiing",
                "The employee's account";
        }
        /// How their functional ability has developed
        FunctionalAbility = "referat" "functional-ability" [] {
            message: "Utviklingen av egen funksjonsevne",
                "Utviklinga av eigen funksjonsevne",
                "How their functional ability has developed";
        }
        /// How the adjustments have worked
        AdjustmentsExperience = "referat" "adjustments-experience" [] {
            message: "Hvordan tilretteleggingen har fungert",
                "Korleis tilrettelegginga har fungert",
                "How the adjustments have worked";
        }
        /// The employer's account
        StatusEmployer = "referat" "status-employer" [] {
            message: "Arbeidsgivers redegjørelse",
                "Arbeidsgivaren si utgreiing",
                "The employer's account";
        }
        /// Adjustments put in place
        AdjustmentsMade = "referat" "adjustments-made" [] {
            message: "Tilrettelegging som er satt i verk",
                "Tilrettelegging som er sett i verk",
                "Adjustments put in place";
        }
        /// What worked, and why
        WhatWorked = "referat" "what-worked" [] {
            message: "Hva har fungert, og hvorfor",
                "Kva har fungert, og kvifor",
                "What worked, and why";
        }
        /// What did not work, and why
        WhatDidNotWork = "referat" "what-did-not-work" [] {
            message: "Hva har ikke fungert, og hvorfor",
                "Kva har ikkje fungert, og kvifor",
                "What did not work, and why";
        }
        /// Measures not carried out, and why
        NotImplemented = "referat" "not-implemented" [] {
            message: "Tiltak som ikke er gjennomført, og hvorfor",
                "Tiltak som ikkje er gjennomførte, og kvifor",
                "Measures not carried out, and why";
        }
        /// The doctor's views
        StatusDoctor = "referat" "status-doctor" [] {
            message: "Lege/behandlers synspunkter",
                "Synspunkta til lege/behandlar",
                "The doctor's views";
        }
        /// The occupational health service's views
        StatusBht = "referat" "status-bht" [] {
            message: "Bedriftshelsetjenestens synspunkter",
                "Synspunkta til bedriftshelsetenesta",
                "The occupational health service's views";
        }
        /// The employer's summary of the status
        StatusSummary = "referat" "status-summary" [] {
            message: "Arbeidsgivers oppsummering av status",
                "Arbeidsgivaren si oppsummering av status",
                "The employer's summary of the status";
        }
        // Fase 3.
        /// Phase 3: Solutions
        Phase3 = "referat" "phase3" [] {
            message: "Fase 3: Løsninger",
                "Fase 3: Løysingar",
                "Phase 3: Solutions";
        }
        /// Proposed solutions
        Proposals = "referat" "proposals" [] {
            message: "Forslag til løsninger",
                "Forslag til løysingar",
                "Proposed solutions";
        }
        /// No proposals are recorded.
        NoProposals = "referat" "no-proposals" [] {
            message: "Ingen forslag er ført.",
                "Ingen forslag er førte.",
                "No proposals are recorded.";
        }
        /// Proposal
        Proposal = "referat" "proposal" [] {
            message: "Forslag",
                "Forslag",
                "Proposal";
        }
        /// Proposed by
        ProposedBy = "referat" "proposed-by" [] {
            message: "Foreslått av",
                "Føreslått av",
                "Proposed by";
        }
        /// The employer's assessment
        EmployerAssessment = "referat" "employer-assessment" [] {
            message: "Arbeidsgivers vurdering",
                "Arbeidsgivaren si vurdering",
                "The employer's assessment";
        }
        /// Medical assessment
        MedicalAssessment = "referat" "medical-assessment" [] {
            message: "Medisinsk vurdering",
                "Medisinsk vurdering",
                "Medical assessment";
        }
        /// assessed by
        AssessedBy = "referat" "assessed-by" [] {
            message: "vurdert av",
                "vurdert av",
                "assessed by";
        }
        /// NAV's measures
        Measures = "referat" "measures" [] {
            message: "Virkemidler fra NAV",
                "Verkemiddel frå NAV",
                "NAV's measures";
        }
        /// Measure
        Measure = "referat" "measure" [] {
            message: "Virkemiddel",
                "Verkemiddel",
                "Measure";
        }
        /// Decision
        Decision = "referat" "decision" [] {
            message: "Beslutning",
                "Avgjerd",
                "Decision";
        }
        /// Note
        Note = "referat" "note" [] {
            message: "Merknad",
                "Merknad",
                "Note";
        }
        /// NAV's measures are not recorded.
        MeasuresNotRecorded = "referat" "measures-not-recorded" [] {
            message: "Virkemidlene fra NAV er ikke ført.",
                "Verkemidla frå NAV er ikkje førte.",
                "NAV's measures are not recorded.";
        }
        /// Active sick leave (aktiv sykmelding) was abolished in 2011. Graded sick leave remains.
        AktivSykmeldingNote = "referat" "aktiv-sykmelding-note" [] {
            message: "Aktiv sykmelding ble avviklet i 2011. Gradert sykmelding gjelder fortsatt.",
                "Aktiv sjukmelding vart avvikla i 2011. Gradert sjukmelding gjeld framleis.",
                "Active sick leave (aktiv sykmelding) was abolished in 2011. Graded sick leave remains.";
        }
        // Fase 4.
        /// Phase 4: Agreement and conclusion
        Phase4 = "referat" "phase4" [] {
            message: "Fase 4: Avtale og konklusjon",
                "Fase 4: Avtale og konklusjon",
                "Phase 4: Agreement and conclusion";
        }
        /// What was assessed
        Assessed = "referat" "assessed" [] {
            message: "Hva er vurdert",
                "Kva er vurdert",
                "What was assessed";
        }
        /// What we agreed
        Agreed = "referat" "agreed" [] {
            message: "Hva er vi enige om",
                "Kva er vi samde om",
                "What we agreed";
        }
        /// The workplace is the arena for further follow-up
        WorkplaceArena = "referat" "workplace-arena" [] {
            message: "Arbeidsplassen er arena for videre oppfølging",
                "Arbeidsplassen er arena for vidare oppfølging",
                "The workplace is the arena for further follow-up";
        }
        /// How the follow-up takes place
        WorkplaceArenaHow = "referat" "workplace-arena-how" [] {
            message: "Slik skjer oppfølgingen",
                "Slik går oppfølginga føre seg",
                "How the follow-up takes place";
        }
        /// The employee was told about the alternatives and the process ahead
        AlternativesInformed = "referat" "alternatives-informed" [] {
            message: "Arbeidstaker er informert om alternativene og prosessen videre",
                "Arbeidstakaren er informert om alternativa og prosessen vidare",
                "The employee was told about the alternatives and the process ahead";
        }
        /// Who does what, and when
        Actions = "referat" "actions" [] {
            message: "Hvem gjør hva når",
                "Kven gjer kva når",
                "Who does what, and when";
        }
        /// What
        What = "referat" "what" [] {
            message: "Hva",
                "Kva",
                "What";
        }
        /// Who
        Who = "referat" "who" [] {
            message: "Hvem",
                "Kven",
                "Who";
        }
        /// By
        Due = "referat" "due" [] {
            message: "Frist",
                "Frist",
                "By";
        }
        /// No actions are recorded.
        NoActions = "referat" "no-actions" [] {
            message: "Ingen oppgaver er ført.",
                "Ingen oppgåver er førte.",
                "No actions are recorded.";
        }
        /// Next follow-up
        NextFollowUp = "referat" "next-follow-up" [] {
            message: "Neste oppfølging",
                "Neste oppfølging",
                "Next follow-up";
        }
        // Confidentiality.
        /// Confidentiality and privacy
        Confidentiality = "referat" "confidentiality" [] {
            message: "Taushetsplikt og personvern",
                "Teieplikt og personvern",
                "Confidentiality and privacy";
        }
        /// These minutes deal with work, functional ability and adjustments. The diagnosis and other medical details are not part of the minutes, and the employer has no right to them. Everyone who took part in the meeting is bound by confidentiality about what they learnt of the employee's health and personal circumstances. The minutes are sent only to the participants and NAV, and are to be kept where no unauthorised person can read them.
        ConfidentialityText = "referat" "confidentiality-text" [] {
            message: "Referatet handler om arbeid, funksjon og tilrettelegging. Diagnose og andre medisinske opplysninger er ikke en del av referatet, og arbeidsgiver har ikke krav på dem. Alle som deltok i møtet, har taushetsplikt om det de fikk vite om arbeidstakers helse og personlige forhold. Referatet sendes bare til møtedeltakerne og NAV, og skal oppbevares slik at uvedkommende ikke får tilgang til det.",
                "Referatet handlar om arbeid, funksjon og tilrettelegging. Diagnose og andre medisinske opplysningar er ikkje ein del av referatet, og arbeidsgivaren har ikkje krav på dei. Alle som deltok i møtet, har teieplikt om det dei fekk vite om helsa og dei personlege forholda til arbeidstakaren. Referatet vert berre sendt til møtedeltakarane og NAV, og skal oppbevarast slik at uvedkomande ikkje får tilgang til det.",
                "These minutes deal with work, functional ability and adjustments. The diagnosis and other medical details are not part of the minutes, and the employer has no right to them. Everyone who took part in the meeting is bound by confidentiality about what they learnt of the employee's health and personal circumstances. The minutes are sent only to the participants and NAV, and are to be kept where no unauthorised person can read them.";
        }
        // The end.
        /// About these minutes
        Referat = "referat" "referat" [] {
            message: "Om referatet",
                "Om referatet",
                "About these minutes";
        }
        /// Written by
        Author = "referat" "author" [] {
            message: "Skrevet av",
                "Skriven av",
                "Written by";
        }
        /// Sent
        Sent = "referat" "sent" [] {
            message: "Sendt",
                "Sendt",
                "Sent";
        }
        /// not sent yet
        NotSent = "referat" "not-sent" [] {
            message: "ikke sendt ennå",
                "ikkje sendt enno",
                "not sent yet";
        }
        /// Recipients
        Recipients = "referat" "recipients" [] {
            message: "Mottakere",
                "Mottakarar",
                "Recipients";
        }
        /// These minutes are a revised follow-up plan.
        RevisedPlan = "referat" "revised-plan" [] {
            message: "Referatet er en revidert oppfølgingsplan.",
                "Referatet er ein revidert oppfølgingsplan.",
                "These minutes are a revised follow-up plan.";
        }
        /// Missing before the minutes can be sent
        Missing = "referat" "missing" [] {
            message: "Dette mangler før referatet kan sendes",
                "Dette manglar før referatet kan sendast",
                "Missing before the minutes can be sent";
        }
        // The employer and the follow-up plan (follow-up-plan.md).
        /// The employer
        Employer = "referat" "employer" [] {
            message: "Arbeidsgiveren",
                "Arbeidsgivaren",
                "The employer";
        }
        /// Employer's name
        EmployerName = "referat" "employer-name" [] {
            message: "Virksomhetens navn",
                "Namnet på verksemda",
                "Employer's name";
        }
        /// Organisation number
        OrganisationNumber = "referat" "organisation-number" [] {
            message: "Organisasjonsnummer",
                "Organisasjonsnummer",
                "Organisation number";
        }
        /// Sub-unit number
        SubUnitNumber = "referat" "sub-unit-number" [] {
            message: "Virksomhetsnummer (underenhet)",
                "Verksemdsnummer (undereining)",
                "Sub-unit number";
        }
        /// Nearest leader
        NearestLeader = "referat" "nearest-leader" [] {
            message: "Nærmeste leder",
                "Nærmaste leiar",
                "Nearest leader";
        }
        /// Phone
        Phone = "referat" "phone" [] {
            message: "Telefon",
                "Telefon",
                "Phone";
        }
        /// E-mail
        Email = "referat" "email" [] {
            message: "E-post",
                "E-post",
                "E-mail";
        }
        /// Revised follow-up plan
        RevisedPlanSection = "referat" "revised-plan-section" [] {
            message: "Revidert oppfølgingsplan",
                "Revidert oppfølgingsplan",
                "Revised follow-up plan";
        }
        /// Date of the plan
        PlanVersionDate = "referat" "plan-version-date" [] {
            message: "Dato for planen",
                "Dato for planen",
                "Date of the plan";
        }
        /// First version made
        FirstDate = "referat" "first-date" [] {
            message: "Første versjon laget",
                "Første versjon laga",
                "First version made";
        }
        /// Version
        Version = "referat" "version" [] {
            message: "Versjon",
                "Versjon",
                "Version";
        }
        /// The version replaced
        Revises = "referat" "revises" [] {
            message: "Versjonen som erstattes",
                "Versjonen som blir erstatta",
                "The version replaced";
        }
        /// Date of the version replaced
        RevisesDate = "referat" "revises-date" [] {
            message: "Dato for versjonen som erstattes",
                "Dato for versjonen som blir erstatta",
                "Date of the version replaced";
        }
        /// The version replaced is a referat
        RevisesReferat = "referat" "revises-referat" [] {
            message: "Versjonen som erstattes, er et referat",
                "Versjonen som blir erstatta, er eit referat",
                "The version replaced is a referat";
        }
        /// A typical working day
        TypicalWorkday = "referat" "typical-workday" [] {
            message: "Typisk arbeidshverdag",
                "Typisk arbeidskvardag",
                "A typical working day";
        }
        /// Tasks that can be done
        TasksPossible = "referat" "tasks-possible" [] {
            message: "Arbeidsoppgaver som kan utføres",
                "Arbeidsoppgåver som kan utførast",
                "Tasks that can be done";
        }
        /// Tasks that cannot be done
        TasksNotPossible = "referat" "tasks-not-possible" [] {
            message: "Arbeidsoppgaver som ikke kan utføres",
                "Arbeidsoppgåver som ikkje kan utførast",
                "Tasks that cannot be done";
        }
        /// Adjustments tried so far
        PreviousAdjustments = "referat" "previous-adjustments" [] {
            message: "Tidligere tilrettelegging",
                "Tidlegare tilrettelegging",
                "Adjustments tried so far";
        }
        /// Adjustments from now on
        PlannedAdjustments = "referat" "planned-adjustments" [] {
            message: "Tilrettelegging framover",
                "Tilrettelegging framover",
                "Adjustments from now on";
        }
        /// Other possible adjustments
        OtherAdjustments = "referat" "other-adjustments" [] {
            message: "Andre muligheter for tilrettelegging",
                "Andre moglegheiter for tilrettelegging",
                "Other possible adjustments";
        }
        /// Follow-up
        FollowUp = "referat" "follow-up" [] {
            message: "Oppfølging",
                "Oppfølging",
                "Follow-up";
        }
        /// Evaluation date
        EvaluationDate = "referat" "evaluation-date" [] {
            message: "Evalueringsdato",
                "Evalueringsdato",
                "Evaluation date";
        }
        /// The employee took part
        EmployeeInvolved = "referat" "employee-involved" [] {
            message: "Arbeidstakeren har medvirket",
                "Arbeidstakaren har medverka",
                "The employee took part";
        }
        /// Why the employee did not take part
        NotInvolvedReason = "referat" "not-involved-reason" [] {
            message: "Hvorfor arbeidstakeren ikke har medvirket",
                "Kvifor arbeidstakaren ikkje har medverka",
                "Why the employee did not take part";
        }
        /// To be sent to NAV
        ShareWithNav = "referat" "share-with-nav" [] {
            message: "Sendes til NAV",
                "Blir send til NAV",
                "To be sent to NAV";
        }
        /// Asks NAV for help
        NeedsHelp = "referat" "needs-help" [] {
            message: "Ber om bistand fra NAV",
                "Ber om bistand frå NAV",
                "Asks NAV for help";
        }
        /// The help asked for
        NeedsHelpDescription = "referat" "needs-help-description" [] {
            message: "Bistanden det bes om",
                "Bistanden det blir bede om",
                "The help asked for";
        }
        /// To be sent to the doctor
        ShareWithDoctor = "referat" "share-with-doctor" [] {
            message: "Sendes til fastlegen/sykmelder",
                "Blir send til fastlegen/sjukmeldaren",
                "To be sent to the doctor";
        }
        /// Message to the doctor
        MessageToDoctor = "referat" "message-to-doctor" [] {
            message: "Melding til legen",
                "Melding til legen",
                "Message to the doctor";
        }
        /// Additional information
        AdditionalInformation = "referat" "additional-information" [] {
            message: "Utfyllende opplysninger",
                "Utfyllande opplysningar",
                "Additional information";
        }
        /// Employer's contact person
        ContactPerson = "referat" "contact-person" [] {
            message: "Kontaktperson hos arbeidsgiveren",
                "Kontaktperson hos arbeidsgivaren",
                "Employer's contact person";
        }
        /// The employee
        Employee = "referat" "employee" [] {
            message: "Arbeidstakeren",
                "Arbeidstakaren",
                "The employee";
        }
        /// Exception: a plan is obviously unnecessary
        Exception = "referat" "exception" [] {
            message: "Unntak: plan er åpenbart unødvendig",
                "Unntak: plan er openbert unødvendig",
                "Exception: a plan is obviously unnecessary";
        }
        /// Reason
        ExceptionReason = "referat" "exception-reason" [] {
            message: "Grunn",
                "Grunn",
                "Reason";
        }
        /// Explanation
        ExceptionExplanation = "referat" "exception-explanation" [] {
            message: "Forklaring",
                "Forklaring",
                "Explanation";
        }
        /// Date of the assessment
        ExceptionDate = "referat" "exception-date" [] {
            message: "Dato for vurderingen",
                "Dato for vurderinga",
                "Date of the assessment";
        }
        /// Sending
        Sharing = "referat" "sharing" [] {
            message: "Utsending",
                "Utsending",
                "Sending";
        }
        /// Sent to the doctor
        SentToDoctor = "referat" "sent-to-doctor" [] {
            message: "Sendt til sykmelder",
                "Sendt til sjukmeldaren",
                "Sent to the doctor";
        }
        /// Sent to NAV
        SentToNav = "referat" "sent-to-nav" [] {
            message: "Sendt til NAV",
                "Sendt til NAV",
                "Sent to NAV";
        }
        /// Too ill to take part
        ExTooIll = "referat" "ex-too-ill" [] {
            message: "For syk til å medvirke",
                "For sjuk til å medverke",
                "Too ill to take part";
        }
        /// Back in full work soon
        ExReturningSoon = "referat" "ex-returning-soon" [] {
            message: "Snart tilbake i full jobb",
                "Snart tilbake i full jobb",
                "Back in full work soon";
        }
        /// The employment ends soon
        ExEmploymentEnding = "referat" "ex-employment-ending" [] {
            message: "Arbeidsforholdet slutter snart",
                "Arbeidsforholdet sluttar snart",
                "The employment ends soon";
        }
        /// The employee cannot be reached
        ExNoContact = "referat" "ex-no-contact" [] {
            message: "Ikke mulig å nå arbeidstakeren",
                "Ikkje mogleg å nå arbeidstakaren",
                "The employee cannot be reached";
        }
        /// Other
        ExOther = "referat" "ex-other" [] {
            message: "Annet",
                "Anna",
                "Other";
        }
        // The plan as rendered (the referat's section, and the plan document).
        /// Work tasks
        WorkTasks = "referat" "work-tasks" [] {
            message: "Arbeidsoppgaver",
                "Arbeidsoppgåver",
                "Work tasks";
        }
        /// Adjustments at work
        Adjustments = "referat" "adjustments" [] {
            message: "Tilrettelegging",
                "Tilrettelegging",
                "Adjustments at work";
        }
        /// Sharing with NAV and the doctor
        PlanSharing = "referat" "plan-sharing" [] {
            message: "Deling med NAV og legen",
                "Deling med NAV og legen",
                "Sharing with NAV and the doctor";
        }
        /// Draft: the plan is not finished and is not to be sent yet.
        PlanDraftNote = "referat" "plan-draft-note" [] {
            message: "Utkast: planen er ikke ferdig og skal ikke sendes ennå.",
                "Utkast: planen er ikkje ferdig og skal ikkje sendast enno.",
                "Draft: the plan is not finished and is not to be sent yet.";
        }
        /// Missing before the plan can be sent
        PlanMissing = "referat" "plan-missing" [] {
            message: "Dette mangler før planen kan sendes",
                "Dette manglar før planen kan sendast",
                "Missing before the plan can be sent";
        }
        // Roles.
        /// Employee
        RoleArbeidstaker = "referat" "role-arbeidstaker" [] {
            message: "Arbeidstaker",
                "Arbeidstakar",
                "Employee";
        }
        /// Employer
        RoleArbeidsgiver = "referat" "role-arbeidsgiver" [] {
            message: "Arbeidsgiver",
                "Arbeidsgivar",
                "Employer";
        }
        /// Doctor/therapist
        RoleLege = "referat" "role-lege" [] {
            message: "Lege/behandler",
                "Lege/behandlar",
                "Doctor/therapist";
        }
        /// Occupational health service (BHT)
        RoleBht = "referat" "role-bht" [] {
            message: "Bedriftshelsetjeneste (BHT)",
                "Bedriftshelseteneste (BHT)",
                "Occupational health service (BHT)";
        }
        /// NAV
        RoleNav = "referat" "role-nav" [] {
            message: "NAV",
                "NAV",
                "NAV";
        }
        /// Union representative
        RoleTillitsvalgt = "referat" "role-tillitsvalgt" [] {
            message: "Tillitsvalgt",
                "Tillitsvald",
                "Union representative";
        }
        /// Safety representative
        RoleVerneombud = "referat" "role-verneombud" [] {
            message: "Verneombud",
                "Verneombod",
                "Safety representative";
        }
        /// Other
        RoleAnnen = "referat" "role-annen" [] {
            message: "Annen",
                "Annan",
                "Other";
        }
        // Modes.
        /// In person
        ModeInPerson = "referat" "mode-in-person" [] {
            message: "Fysisk møte",
                "Fysisk møte",
                "In person";
        }
        /// Video
        ModeVideo = "referat" "mode-video" [] {
            message: "Videomøte",
                "Videomøte",
                "Video";
        }
        /// Phone
        ModePhone = "referat" "mode-phone" [] {
            message: "Telefonmøte",
                "Telefonmøte",
                "Phone";
        }
        /// Some in person, some remotely
        ModeHybrid = "referat" "mode-hybrid" [] {
            message: "Noen møtte fysisk, andre digitalt",
                "Nokre møtte fysisk, andre digitalt",
                "Some in person, some remotely";
        }
        // The employer's assessment.
        /// Can be carried out
        Feasible = "referat" "feasible" [] {
            message: "Kan gjennomføres",
                "Kan gjennomførast",
                "Can be carried out";
        }
        /// Can partly be carried out
        PartlyFeasible = "referat" "partly-feasible" [] {
            message: "Kan delvis gjennomføres",
                "Kan delvis gjennomførast",
                "Can partly be carried out";
        }
        /// Cannot be carried out
        NotFeasible = "referat" "not-feasible" [] {
            message: "Kan ikke gjennomføres",
                "Kan ikkje gjennomførast",
                "Cannot be carried out";
        }
        // The medical assessment.
        /// Medically sound
        Sound = "referat" "sound" [] {
            message: "Medisinsk forsvarlig",
                "Medisinsk forsvarleg",
                "Medically sound";
        }
        /// Not medically sound
        NotSound = "referat" "not-sound" [] {
            message: "Ikke medisinsk forsvarlig",
                "Ikkje medisinsk forsvarleg",
                "Not medically sound";
        }
        /// Not assessed
        NotAssessed = "referat" "not-assessed" [] {
            message: "Ikke vurdert",
                "Ikkje vurdert",
                "Not assessed";
        }
        // Decisions on measures.
        /// To be applied for or started
        Apply = "referat" "apply" [] {
            message: "Søkes om eller settes i gang",
                "Det vert søkt om eller sett i gang",
                "To be applied for or started";
        }
        /// Already in place
        InUse = "referat" "in-use" [] {
            message: "Er allerede i bruk",
                "Er alt i bruk",
                "Already in place";
        }
        /// To be clarified later
        Clarify = "referat" "clarify" [] {
            message: "Avklares senere",
                "Blir avklart seinare",
                "To be clarified later";
        }
        /// Not relevant
        NotRelevant = "referat" "not-relevant" [] {
            message: "Ikke aktuelt",
                "Ikkje aktuelt",
                "Not relevant";
        }
        // NAV's measures a–h, in the guide's words.
        /// a. Active/graded sick leave
        MGradert = "referat" "m-gradert" [] {
            message: "a. Aktiv/gradert sykmelding",
                "a. Aktiv/gradert sjukmelding",
                "a. Active/graded sick leave";
        }
        /// b. Adjustment grant (tilretteleggingstilskudd)
        MTilskudd = "referat" "m-tilskudd" [] {
            message: "b. Tilretteleggingstilskudd",
                "b. Tilretteleggingstilskot",
                "b. Adjustment grant (tilretteleggingstilskudd)";
        }
        /// c. Assessment/rehabilitation/follow-up
        MAvklaring = "referat" "m-avklaring" [] {
            message: "c. Avklaring/rehabilitering/oppfølging",
                "c. Avklaring/rehabilitering/oppfølging",
                "c. Assessment/rehabilitation/follow-up";
        }
        /// d. Purchase of health services for mild mental disorders
        MHelse = "referat" "m-helse" [] {
            message: "d. Kjøp av helsetjenester ved lettere psykiske lidelser",
                "d. Kjøp av helsetenester ved lettare psykiske lidingar",
                "d. Purchase of health services for mild mental disorders";
        }
        /// e. Exemption from the employer period for chronic illness or pregnancy-related absence
        MFritak = "referat" "m-fritak" [] {
            message: "e. Fritak for arbeidsgiverperiode ved kroniske lidelser eller svangerskapsrelatert fravær",
                "e. Fritak for arbeidsgivarperiode ved kroniske lidingar eller svangerskapsrelatert fråvær",
                "e. Exemption from the employer period for chronic illness or pregnancy-related absence";
        }
        /// f. KID (a course in coping with depression)
        MKid = "referat" "m-kid" [] {
            message: "f. KID (kurs i depresjonsmestring)",
                "f. KID (kurs i depresjonsmeistring)",
                "f. KID (a course in coping with depression)";
        }
        /// g. Workplace assessment by a physiotherapist or occupational therapist
        MVurdering = "referat" "m-vurdering" [] {
            message: "g. Arbeidsplassvurdering ved fysio- eller ergoterapeut",
                "g. Arbeidsplassvurdering ved fysio- eller ergoterapeut",
                "g. Workplace assessment by a physiotherapist or occupational therapist";
        }
        /// h. Workplace aids
        MHjelpemidler = "referat" "m-hjelpemidler" [] {
            message: "h. Arbeidsplasshjelpemidler",
                "h. Arbeidsplasshjelpemiddel",
                "h. Workplace aids";
        }
        // Month names, January first.
        /// January
        Month1 = "referat" "month-1" [] {
            message: "januar",
                "januar",
                "January";
        }
        /// February
        Month2 = "referat" "month-2" [] {
            message: "februar",
                "februar",
                "February";
        }
        /// March
        Month3 = "referat" "month-3" [] {
            message: "mars",
                "mars",
                "March";
        }
        /// April
        Month4 = "referat" "month-4" [] {
            message: "april",
                "april",
                "April";
        }
        /// May
        Month5 = "referat" "month-5" [] {
            message: "mai",
                "mai",
                "May";
        }
        /// June
        Month6 = "referat" "month-6" [] {
            message: "juni",
                "juni",
                "June";
        }
        /// July
        Month7 = "referat" "month-7" [] {
            message: "juli",
                "juli",
                "July";
        }
        /// August
        Month8 = "referat" "month-8" [] {
            message: "august",
                "august",
                "August";
        }
        /// September
        Month9 = "referat" "month-9" [] {
            message: "september",
                "september",
                "September";
        }
        /// October
        Month10 = "referat" "month-10" [] {
            message: "oktober",
                "oktober",
                "October";
        }
        /// November
        Month11 = "referat" "month-11" [] {
            message: "november",
                "november",
                "November";
        }
        /// December
        Month12 = "referat" "month-12" [] {
            message: "desember",
                "desember",
                "December";
        }
    }
}

super::catalogue! {
    /// The id of a text of the render gate and the PDF writer: why a
    /// referat or a plan was not rendered. The program and the browser package say
    /// exactly these.
    pub(crate) enum RenderText {
        /// the referat has {n} error(s); fix them, or render it as a draft
        RefusedErrors = "render" "refused-errors" [n] {
            message: "referatet har {n} feil; rett dem, eller lag det som utkast",
                "referatet har {n} feil; rett dei, eller lag det som utkast",
                "the referat has {n} error(s); fix them, or render it as a draft";
        }
        /// the plan has {n} error(s); fix them, or render the plan as a draft
        RefusedErrorsPlan = "render" "refused-errors-plan" [n] {
            message: "planen har {n} feil; rett dem, eller lag planen som utkast",
                "planen har {n} feil; rett dei, eller lag planen som utkast",
                "the plan has {n} error(s); fix them, or render the plan as a draft";
        }
        /// the referat has {n} privacy finding(s) (DM8xx); …
        RefusedPrivacy = "render" "refused-privacy" [n] {
            message: "referatet har {n} personvernfunn (DM8xx); fjern helseopplysningene, eller undertrykk et funn med en begrunnelse",
                "referatet har {n} personvernfunn (DM8xx); fjern helseopplysningane, eller undertrykk eit funn med ei grunngjeving",
                "the referat has {n} privacy finding(s) (DM8xx); remove the health details, or suppress a finding with a reason";
        }
        /// the plan has {n} privacy finding(s) (DM8xx); …
        RefusedPrivacyPlan = "render" "refused-privacy-plan" [n] {
            message: "planen har {n} personvernfunn (DM8xx); fjern helseopplysningene, eller undertrykk et funn med en begrunnelse",
                "planen har {n} personvernfunn (DM8xx); fjern helseopplysningane, eller undertrykk eit funn med ei grunngjeving",
                "the plan has {n} privacy finding(s) (DM8xx); remove the health details, or suppress a finding with a reason";
        }
        /// the document does not fit the format dialogmote1/v1; fix the errors first
        Unfit = "render" "unfit" [] {
            message: "dokumentet følger ikke formatet dialogmote1/v1; rett feilene først",
                "dokumentet følgjer ikkje formatet dialogmote1/v1; rett feila først",
                "the document does not fit the format dialogmote1/v1; fix the errors first";
        }
        /// the document does not fit the format oppfolgingsplan1/v1; fix the errors first
        UnfitPlan = "render" "unfit-plan" [] {
            message: "dokumentet følger ikke formatet oppfolgingsplan1/v1; rett feilene først",
                "dokumentet følgjer ikkje formatet oppfolgingsplan1/v1; rett feila først",
                "the document does not fit the format oppfolgingsplan1/v1; fix the errors first";
        }
        /// this build cannot write PDF; …
        PdfUnavailable = "render" "pdf-unavailable" [] {
            message: "denne utgaven kan ikke lage PDF; velg HTML eller Markdown",
                "denne utgåva kan ikkje laga PDF; vel HTML eller Markdown",
                "this build cannot write PDF; choose HTML or Markdown";
        }
        /// the PDF could not be written because the program's font is damaged; …
        PdfFont = "render" "pdf-font" [] {
            message: "PDF-en kunne ikke lages fordi skrifttypen i programmet er skadet; velg HTML, og meld feilen",
                "PDF-en kunne ikkje lagast fordi skrifttypen i programmet er skadd; vel HTML, og meld feilen",
                "the PDF could not be written because the program's font is damaged; choose HTML, and report the problem";
        }
        /// the PDF could not be written because the document is larger than a PDF/A file can be; …
        PdfTooLarge = "render" "pdf-too-large" [] {
            message: "PDF-en kunne ikke lages fordi dokumentet er større enn en PDF/A-fil kan være; kort ned de lengste tekstene, eller velg HTML",
                "PDF-en kunne ikkje lagast fordi dokumentet er større enn ei PDF/A-fil kan vere; kort ned dei lengste tekstane, eller vel HTML",
                "the PDF could not be written because the document is larger than a PDF/A file can be; shorten the longest texts, or choose HTML";
        }
        /// the PDF could not be written because of an error in the program; …
        PdfWriter = "render" "pdf-writer" [] {
            message: "PDF-en kunne ikke lages på grunn av en feil i programmet; velg HTML, og meld feilen",
                "PDF-en kunne ikkje lagast på grunn av ein feil i programmet; vel HTML, og meld feilen",
                "the PDF could not be written because of an error in the program; choose HTML, and report the problem";
        }
    }
}
