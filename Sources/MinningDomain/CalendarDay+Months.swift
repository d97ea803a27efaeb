extension CalendarDay {
    /// The first day of the month before this day's.
    public var previousMonth: CalendarDay {
        month == 1 ? CalendarDay(year: year - 1, month: 12, day: 1)! : CalendarDay(year: year, month: month - 1, day: 1)!
    }

    /// The first day of the month after this day's.
    public var nextMonth: CalendarDay {
        month == 12 ? CalendarDay(year: year + 1, month: 1, day: 1)! : CalendarDay(year: year, month: month + 1, day: 1)!
    }
}
