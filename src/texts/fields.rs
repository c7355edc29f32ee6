//! The format's fields by the guide's names, where the referat's own
//! labels (`referat.rs`) do not name them well enough on their own, and
//! the words that name a list's item («oppgave 2 under «Hvem gjør hva
//! når»»). `src/base/fields.rs` says which text names each field. The
//! items of «Hvem gjør hva når» are «oppgaver», never «tiltak»: the
//! guide's tiltak are NAV's measures.

super::catalogue! {
    /// The id of a field's name, or of a way to name an item.
    pub(crate) enum FieldText {
        /// the document
        Document = "field" "document" [] {
            message: "dokumentet",
                "dokumentet",
                "the document";
        }
        /// Format
        Format = "field" "format" [] {
            message: "Formatlinjen",
                "Formatlinja",
                "Format line";
        }
        /// The meeting
        Meeting = "field" "meeting" [] {
            message: "Møtet",
                "Møtet",
                "The meeting";
        }
        /// Meeting date
        MeetingDate = "field" "meeting-date" [] {
            message: "Møtedato",
                "Møtedato",
                "Meeting date";
        }
        /// Start time
        Start = "field" "start" [] {
            message: "Starttid",
                "Starttid",
                "Start time";
        }
        /// End time
        End = "field" "end" [] {
            message: "Sluttid",
                "Sluttid",
                "End time";
        }
        /// On sick leave from
        SickLeaveStart = "field" "sick-leave-start" [] {
            message: "Første fraværsdag",
                "Første fråværsdag",
                "First day of absence";
        }
        /// Sick-leave grade
        SickLeaveGrade = "field" "sick-leave-grade" [] {
            message: "Sykmeldingsgrad ved møtet (prosent)",
                "Sjukmeldingsgrad ved møtet (prosent)",
                "Sick-leave grade at the meeting (per cent)";
        }
        /// Fully absent from
        FullAbsenceStart = "field" "full-absence-start" [] {
            message: "Første dag med 100 % fravær",
                "Første dag med 100 % fråvær",
                "First day of 100 % absence";
        }
        /// Date of the follow-up plan
        PlanDate = "field" "plan-date" [] {
            message: "Dato på oppfølgingsplanen",
                "Dato på oppfølgingsplanen",
                "Date of the follow-up plan";
        }
        /// Follow-up plan sent to the doctor
        PlanSent = "field" "plan-sent" [] {
            message: "Oppfølgingsplanen sendt til lege/behandler",
                "Oppfølgingsplanen sendt til lege/behandlar",
                "Follow-up plan sent to the doctor";
        }
        /// Reason for not attending
        AbsenceReason = "field" "absence-reason" [] {
            message: "Grunn til at personen ikke deltok",
                "Grunn til at personen ikkje deltok",
                "Why the person did not attend";
        }
        /// Due date (of a task)
        Due = "field" "due" [] {
            message: "Frist",
                "Frist",
                "Due date";
        }
        /// Description (of a proposal)
        Description = "field" "description" [] {
            message: "Beskrivelse",
                "Skildring",
                "Description";
        }
        /// The employer's reasons
        EmployerComment = "field" "employer-comment" [] {
            message: "Arbeidsgivers begrunnelse",
                "Grunngivinga til arbeidsgivaren",
                "The employer's reasons";
        }
        /// Medical assessment made by
        MedicalAssessor = "field" "medical-assessor" [] {
            message: "Medisinsk vurdert av",
                "Medisinsk vurdert av",
                "Medically assessed by";
        }
        /// The minutes
        Minutes = "field" "minutes" [] {
            message: "Referatet",
                "Referatet",
                "The minutes";
        }
        /// Minutes sent
        Sent = "field" "sent" [] {
            message: "Dato referatet ble sendt",
                "Dato referatet vart sendt",
                "Date the minutes were sent";
        }
        /// The minutes are a revised follow-up plan
        RevisedPlan = "field" "revised-plan" [] {
            message: "Referatet er en revidert oppfølgingsplan",
                "Referatet er ein revidert oppfølgingsplan",
                "These minutes are a revised follow-up plan";
        }
        /// a field's name as the text shows it: «Frist»
        Quoted = "field" "quoted" [label] {
            message: "«{label}»",
                "«{label}»",
                "“{label}”";
        }
        /// «Frist» for oppgave 2 under «Hvem gjør hva når»
        FieldOf = "field" "field-of" [field, item] {
            message: "{field} for {item}",
                "{field} for {item}",
                "{field} of {item}";
        }
        /// «Tid brukt» i «Fase 1: Innledning»
        FieldIn = "field" "field-in" [field, parent] {
            message: "{field} i {parent}",
                "{field} i {parent}",
                "{field} in {parent}";
        }
        /// participant 2 (Doctor/therapist)
        Participant = "field" "participant" [n, role] {
            message: "deltaker {n} ({role})",
                "deltakar {n} ({role})",
                "participant {n} ({role})";
        }
        /// participant 2
        ParticipantNoRole = "field" "participant-no-role" [n] {
            message: "deltaker {n}",
                "deltakar {n}",
                "participant {n}";
        }
        /// proposal 2 under «Forslag til løsninger»
        ProposalItem = "field" "proposal-item" [n, list] {
            message: "forslag {n} under {list}",
                "forslag {n} under {list}",
                "proposal {n} under {list}";
        }
        /// task 2 under «Hvem gjør hva når»
        Task = "field" "task" [n, list] {
            message: "oppgave {n} under {list}",
                "oppgåve {n} under {list}",
                "task {n} under {list}";
        }
        /// recipient 2 under «Mottakere»
        Recipient = "field" "recipient" [n, list] {
            message: "mottaker {n} under {list}",
                "mottakar {n} under {list}",
                "recipient {n} under {list}";
        }
        /// item 2 under «…»
        Item = "field" "item" [n, list] {
            message: "punkt {n} under {list}",
                "punkt {n} under {list}",
                "item {n} under {list}";
        }
        /// 1 week (a duration, in a rule's message)
        Week = "field" "week" [n] {
            message: "{n} uke",
                "{n} veke",
                "{n} week";
        }
        /// 8 weeks
        Weeks = "field" "weeks" [n] {
            message: "{n} uker",
                "{n} veker",
                "{n} weeks";
        }
        /// 1 day
        Day = "field" "day" [n] {
            message: "{n} dag",
                "{n} dag",
                "{n} day";
        }
        /// 6 days
        Days = "field" "days" [n] {
            message: "{n} dager",
                "{n} dagar",
                "{n} days";
        }
        /// 8 weeks and 1 day
        WeeksAndDays = "field" "weeks-and-days" [weeks, days] {
            message: "{weeks} og {days}",
                "{weeks} og {days}",
                "{weeks} and {days}";
        }
        /// the measure «a. Aktiv/gradert sykmelding»
        MeasureItem = "field" "measure-item" [measure] {
            message: "virkemiddelet {measure}",
                "verkemiddelet {measure}",
                "the measure {measure}";
        }
    }
}
