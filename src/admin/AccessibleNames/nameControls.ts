/**
 * Names and roles that Payload 3.90's admin leaves out, put back in the page (each a Payload
 * issue, listed in the README). Idempotent: it runs again whenever the admin re-renders.
 */
export type ControlNames = { moreActions: string; clearDate: string; edit: string; remove: string; selectRow: string; selectAll: string }

const unlabelled = (element: Element) => !element.getAttribute('aria-label') && !element.getAttribute('aria-labelledby')
const unnamed = (element: Element) => unlabelled(element) && !element.textContent?.trim()

/** The label of the field the control belongs to ("Categorie", "Testo"), else its placeholder. */
function fieldLabel(element: Element): string | undefined {
  const field = element.closest('.field-type')
  const label = field?.querySelector('.field-label, label')?.textContent?.replace(/\*/g, '').trim()
  const placeholder = element.closest('.react-select')?.querySelector('.rs__placeholder, .rs__single-value')?.textContent?.trim()
  return label || placeholder || undefined
}

function name(element: Element, value: string | undefined) {
  if (value && unnamed(element)) element.setAttribute('aria-label', value)
}

/** An input's text is its value, not its name: only a label or an aria-label names it. */
function nameInput(element: Element, value: string | undefined) {
  const labelled = element.id && document.querySelector(`label[for="${CSS.escape(element.id)}"]`)
  if (value && unlabelled(element) && !labelled) element.setAttribute('aria-label', value)
}

export function nameControls(root: ParentNode, names: ControlNames) {
  // Hidden from assistive technology yet reachable by Tab (react-select's indicators).
  root.querySelectorAll('[aria-hidden="true"]:is(button, [tabindex="0"])').forEach((element) => element.setAttribute('tabindex', '-1'))
  // Inputs, rich text and date fields named after their field.
  root.querySelectorAll('input.rs__input, input[id^="react-select-"], .react-datepicker__input-container input, [contenteditable="true"][role="textbox"]').forEach((element) =>
    nameInput(element, fieldLabel(element)),
  )
  root.querySelectorAll('.popup-button').forEach((element) => name(element, names.moreActions))
  root.querySelectorAll('.date-time-picker__clear-button').forEach((element) => name(element, names.clearDate))
  root.querySelectorAll('.upload-relationship-details__edit').forEach((element) => name(element, names.edit))
  root.querySelectorAll('.upload-relationship-details__remove').forEach((element) => name(element, names.remove))
  root.querySelectorAll('input[type="checkbox"][aria-label=""]').forEach((element) =>
    element.setAttribute('aria-label', element.closest('thead') ? names.selectAll : names.selectRow),
  )
  // The document's tabs sit in a list without list items.
  root.querySelectorAll('ul.doc-tabs__tabs').forEach((element) => element.setAttribute('role', 'none'))
  // A tab named "Versioni" showing "Versioni 2": its text is its name.
  root.querySelectorAll('a.doc-tab[aria-label]').forEach((element) => element.removeAttribute('aria-label'))
  // A chip that drags (role "button") holds the button removing it: a group, not a button in a button.
  root.querySelectorAll('.rs__multi-value[role="button"]').forEach((element) => element.setAttribute('role', 'group'))
  // The SEO preview's link around a title still empty.
  root.querySelectorAll('a[href]').forEach((element) => {
    if (unnamed(element) && element.children.length === 0) {
      element.setAttribute('tabindex', '-1')
      element.setAttribute('aria-hidden', 'true')
    }
  })
}
