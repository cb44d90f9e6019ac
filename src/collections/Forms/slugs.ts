export const formsSlug = 'forms'
export const formSubmissionsSlug = 'form-submissions'

export const submissionStatuses = ['new', 'answered', 'spam'] as const
export type SubmissionStatus = (typeof submissionStatuses)[number]
