// Progressive enhancement only: every form works without this file.
// Inline validation: show the browser's constraint message under a field as soon as it is left.
document.addEventListener('DOMContentLoaded', () => {
  for (const field of document.querySelectorAll('form[data-validate] :is(input, textarea, select)')) {
    field.addEventListener('blur', () => {
      const hint = document.getElementById(field.id + '-live');
      if (!hint) return;
      hint.textContent = field.checkValidity() ? '' : field.validationMessage;
      field.setAttribute('aria-invalid', String(!field.checkValidity()));
    });
  }
});
