export type SeatCounts = { confirmedSeats: number; waitlisted: number }
