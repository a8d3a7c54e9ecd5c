// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
    // After a failed submit, move focus to the error summary so it is read out first.
    const summary = document.getElementById('error-summary');
    if (summary) {
        summary.focus();
    }

    // The invitation link is selected on focus, ready to copy.
    const readonlyLink = document.getElementById('invitation-link');
    if (readonlyLink) {
        readonlyLink.addEventListener('focus', () => readonlyLink.select());
    }
});
