// The header's unread badge follows the inbox's server-sent events. The stream is opened when the page is shown and
// closed when it is left: Chrome keeps a page it leaves in its back/forward cache, and a stream left open there holds
// one of the six connections per host, so after six pages a person could load no seventh.
let unreadStream;
addEventListener('pageshow', () => {
    const badge = document.getElementById('unread');
    if (badge) {
        unreadStream = new EventSource(badge.dataset.stream);
        unreadStream.addEventListener('unread', event => { badge.textContent = event.data; });
    }
});
addEventListener('pagehide', () => unreadStream?.close());
