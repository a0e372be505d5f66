//! "G" then a question's number: a jump that waits for Enter only when the
//! number typed so far could still grow (1 of 14 could be 10 to 14).

/// The digits typed after "G".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GoTo {
    number: usize,
}

/// What a digit did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoToStep {
    /// Could be the start of a larger number: Enter to go, or another digit.
    Waiting(usize),
    /// A whole question number, from 1.
    Go(usize),
    /// No question has that number: the digit is ignored.
    Refused,
}

impl GoTo {
    /// Takes a digit; `questions` is how many there are.
    pub fn digit(&mut self, digit: u8, questions: usize) -> GoToStep {
        let number = self.number * 10 + usize::from(digit);
        if number == 0 || number > questions {
            return GoToStep::Refused;
        }
        self.number = number;
        if number * 10 > questions {
            GoToStep::Go(number)
        } else {
            GoToStep::Waiting(number)
        }
    }

    /// Enter: the number typed so far, if any.
    pub fn enter(&self) -> Option<usize> {
        (self.number > 0).then_some(self.number)
    }

    /// The number typed so far, for the line that shows it.
    pub fn typed(&self) -> usize {
        self.number
    }
}
