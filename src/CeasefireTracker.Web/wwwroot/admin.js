// The admin pages' one script of their own (loaded only under /admin): moving the focus to a field.
window.ceasefireAdmin = {
    focus(id) {
        const field = document.getElementById(id);
        if (!field) return false;
        field.scrollIntoView({ block: "center" });
        field.focus({ preventScroll: true });
        return true;
    },
};

// The first of these fields in the page's order: after a failed save, the first field with a message.
// The summary of messages (fallback) when none of them can take the focus.
window.ceasefireAdmin.focusFirst = (ids, fallback) => {
    const fields = ids.map(id => document.getElementById(id)).filter(f => f);
    fields.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) ? -1 : 1);
    return window.ceasefireAdmin.focus(fields.length > 0 ? fields[0].id : fallback);
};

// Keeps a list's filter, order and page in the address as the editor changes them, so the view is a link to share,
// without reloading the page.
window.ceasefireAdmin.replaceUrl = url => history.replaceState(history.state, "", url);
