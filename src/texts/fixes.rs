//! The titles of the fixes (what a fix writes, said before it is applied):
//! the terminal's `retting:` lines, the JSON and SARIF fixes, the editor's
//! quick fixes and the page's buttons. `{…}` are schema words, dates and
//! times the fix writes, never document text.

super::catalogue! {
    /// The id of a fix's title.
    pub(crate) enum FixText {
        /// correct the field name to `{to}`
        Rename = "fix" "rename" [to] {
            message: "rett feltnavnet til `{to}`",
                "rett feltnamnet til `{to}`",
                "correct the field name to `{to}`";
        }
        /// write the date as `{date}`
        Date = "fix" "date" [date] {
            message: "skriv datoen som `{date}`",
                "skriv datoen som `{date}`",
                "write the date as `{date}`";
        }
        /// write the date as `{date}` (the century is a guess; check it)
        DateCentury = "fix" "date-century" [date] {
            message: "skriv datoen som `{date}` (århundret er gjettet; sjekk det)",
                "skriv datoen som `{date}` (hundreåret er gjetta; sjekk det)",
                "write the date as `{date}` (the century is a guess; check it)";
        }
        /// write the date as `{date}` (read as day before month, the Norwegian order; check it)
        DateDayFirst = "fix" "date-day-first" [date] {
            message: "skriv datoen som `{date}` (lest som dag før måned, slik det skrives på norsk; sjekk det)",
                "skriv datoen som `{date}` (lesen som dag før månad, slik det blir skrive på norsk; sjekk det)",
                "write the date as `{date}` (read as day before month, the Norwegian order; check it)";
        }
        /// write the time as `"{time}"`
        Time = "fix" "time" [time] {
            message: "skriv klokkeslettet som `\"{time}\"`",
                "skriv klokkeslettet som `\"{time}\"`",
                "write the time as `\"{time}\"`";
        }
        /// write the number as {digits}, without spaces
        Digits = "fix" "digits" [digits] {
            message: "skriv nummeret som {digits}, uten mellomrom",
                "skriv nummeret som {digits}, utan mellomrom",
                "write the number as {digits}, without spaces";
        }
        /// write `{word}` (true or false)
        Boolean = "fix" "boolean" [word] {
            message: "skriv `{word}`",
                "skriv `{word}`",
                "write `{word}`";
        }
        /// write `{value}` ({meaning})
        Value = "fix" "value" [value, meaning] {
            message: "skriv `{value}` ({meaning})",
                "skriv `{value}` ({meaning})",
                "write `{value}` ({meaning})";
        }
        /// write `{value}` ({meaning}), if that is what is meant; check it
        ValueMeant = "fix" "value-meant" [value, meaning] {
            message: "skriv `{value}` ({meaning}), om det er det som menes; sjekk det",
                "skriv `{value}` ({meaning}), om det er det som er meint; sjekk det",
                "write `{value}` ({meaning}), if that is what is meant; check it";
        }
        /// write `{value}` ({meaning}), the closest allowed value; check it
        ValueClosest = "fix" "value-closest" [value, meaning] {
            message: "skriv `{value}` ({meaning}), den nærmeste tillatte verdien; sjekk det",
                "skriv `{value}` ({meaning}), den nærmaste tillatne verdien; sjekk det",
                "write `{value}` ({meaning}), the closest allowed value; check it";
        }
        /// write the number without `%` and without quotes
        NumberPercentQuotes = "fix" "number-percent-quotes" [] {
            message: "skriv tallet uten `%` og uten anførselstegn",
                "skriv talet utan `%` og utan hermeteikn",
                "write the number without `%` and without quotes";
        }
        /// write the number without `%`
        NumberPercent = "fix" "number-percent" [] {
            message: "skriv tallet uten `%`",
                "skriv talet utan `%`",
                "write the number without `%`";
        }
        /// write the number without quotes
        NumberQuotes = "fix" "number-quotes" [] {
            message: "skriv tallet uten anførselstegn",
                "skriv talet utan hermeteikn",
                "write the number without quotes";
        }
        /// put the value in quotes to make it text
        Quote = "fix" "quote" [] {
            message: "sett verdien i anførselstegn så den blir tekst",
                "set verdien i hermeteikn så han blir tekst",
                "put the value in quotes to make it text";
        }
        /// suppress {code} with a comment (write the reason after `--`)
        Suppress = "fix" "suppress" [code] {
            message: "undertrykk {code} med en kommentar (skriv begrunnelsen etter `--`)",
                "undertrykk {code} med ein kommentar (skriv grunngjevinga etter `--`)",
                "suppress {code} with a comment (write the reason after `--`)";
        }
    }
}

impl FixText {
    /// The title with `args` filled in, in every language.
    pub(crate) fn fill(self, args: &[(&str, &str)]) -> super::Text {
        self.entry().fill(args).message
    }

    /// The title with `args` filled in, each in its own language.
    pub(crate) fn fill_each(self, args: &[(&str, &super::Text)]) -> super::Text {
        self.entry().fill_each(args).message
    }
}
