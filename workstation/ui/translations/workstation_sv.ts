<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, preview and publish news articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these details for a support ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Remove unused photos?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every photo that no article uses is deleted from the library, with its files.

Photos of articles in the trash are kept. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove unused photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a photo the body shows?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body still shows {name}. Removed from the article, the photo stays in the library
until “Remove unused photos” deletes it; then the body would show nothing there.

Remove it from the article anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleCommands</name>
    <message>
        <source>Some files were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleEditorWidget</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standfirst: the lead paragraph under the headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the article here. Markdown: ## heading, *italic*, **bold**, &gt; quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. TT or a reporter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. This article has been altered and translated by …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the article is in the newsroom&apos;s workflow. Published and scheduled are a site&apos;s: publishing sets them (shown above the editor and in the list&apos;s Site column).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleListPane</name>
    <message>
        <source>Search articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search headline, text, byline, tags  (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag filter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article list columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyPaster</name>
    <message>
        <source>Add the pasted pictures?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyTextEdit</name>
    <message>
        <source>Paste as &amp;Plain Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Send the password unencrypted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{strip} is a plain http:// address on another machine. The application password would travel across the network readable by anyone on the way (the office network, a café&apos;s wifi), and so would everything you publish.

Use the site&apos;s https:// address if it has one. Add the site over plain http anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add over http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictChoicesBox</name>
    <message>
        <source>Choose per field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site holds every field as this copy has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Conflict with the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post changed on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{escape}&lt;/b&gt; was changed on &lt;b&gt;{escape2}&lt;/b&gt;{escape3} since it was last sent from here. Nothing was written. Compare the versions and choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the site&apos;s version to yours:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsStatus</name>
    <message>
        <source>Word target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress towards the word target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words:,} / {target:,} words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsNotice</name>
    <message>
        <source>Password needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this notice (the jobs wait in the Outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{destination_name} needs the application password ({jobs} {noun}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site did not accept the stored password, or the keyring could not be read. See the Outbox for the exact message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <source>Crop area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo with its crop. Click to set the focal point; arrow keys move it. With a free crop, drag the box or its corners.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Editorial Workstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationsDialog</name>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sites your articles are published to. Passwords stay in your system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sweden Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://news.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your WordPress user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xxxx xxxx xxxx xxxx xxxx xxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts already on {url} stay there. This app forgets the site: its links to those posts, its queued jobs, and the password in your keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditUndo</name>
    <message>
        <source>&amp;Undo {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {redo_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditingArea</name>
    <message>
        <source>Page template not used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>No articles yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new article, import Markdown files, or open the sample article
to see a complete published page: headline, standfirst, body, tags and byline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FallbackPreview</name>
    <message>
        <source>Preview (simplified)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in headline, standfirst, body and captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this match and go to the next (Enter in Replace with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every match in the article, as one undo step (Ctrl+Alt+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python regular expressions: . any character, \w a letter, \d a digit, ( ) a group.
In the replacement, \1 puts back what the first group found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindWiring</name>
    <message>
        <source>Replace in Selected Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the articles to replace in (Ctrl+click or Shift+click in the list), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement not undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatActions</name>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatToolBar</name>
    <message>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} version{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the version of {when}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is in the Trash: restore it from there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a version to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version matches the current text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring this version back. The current text stays in the history, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article goes back to the version saved {when}.

The current text is kept in the history, so you can restore it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore this version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Edit Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words readers click (the address if left empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link address check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;{problem}&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to {url}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only articles that need attention on a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles edited here since they were sent, in conflict with the site, or refused by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the articles in the Trash (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article in the list, or press Ctrl+N for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words, characters and reading time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Trash: {shown:,} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rowCount:,}{more} of {total:,} {noun} match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest edits could not be saved. Quit anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the technical detail (for your IT support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter on a heading to go to it in the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Enter the application password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application password for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the application password of &lt;b&gt;{e}&lt;/b&gt; on &lt;b&gt;{e2}&lt;/b&gt;. Make one on the site under &lt;i&gt;Users › Profile › Application Passwords&lt;/i&gt;; it is kept in your system keyring only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site&apos;s address is plain http://: the password travels across the network readable by anyone on the way. Ask for the site&apos;s https:// address if it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xxxx xxxx xxxx xxxx xxxx xxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoCropDialog</name>
    <message>
        <source>Crop photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the picture to set the focal point: what the crop keeps in view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the box or its corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest {label} box around the focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole photo, focal point in the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {width} × {height} px · {value} · {focal}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoImportBar</name>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the photo being added; the ones added so far stay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoLibraryDialog</name>
    <message>
        <source>Photo library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search caption, credit, photographer, source or file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this photo is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest {count} {noun}; search to narrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {noun} match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be read: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused photos not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a photo to see where it is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoMetadataForm</name>
    <message>
        <source>Photo details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. KCNA via AP/TT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Lee Jin-man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright and usage terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. © AP. Editorial use only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. AP, TT, Reuters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep location (GPS) for this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit line as the page prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit line under the photo on the published page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to publish: {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to publish: add the {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as featured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as featured photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert in body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photos could not be read: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo details not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes to photo {photo_id} could not be saved. Copy them and try again:

{fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unset featured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unset featured photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoPanelTexts</name>
    <message>
        <source>Photo captions not replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave after idle seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline for new articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How new articles&apos; bylines are written: {NAME_FIELD} is the default byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page template folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder with article.html and style.css: the site&apos;s own page look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a page template folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor &amp;font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font &amp;size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autosave after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline f&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greyed-out settings are set by your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus and dialogs; it applies at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies when the app next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New articles: {byline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New articles: no byline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightListWidget</name>
    <message>
        <source>Publishing checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to go to the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Ready to publish: nothing blocks it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay the page out as on a desktop, a tablet or a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the preview as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewStage</name>
    <message>
        <source>Preview page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewTab</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the preview in its own window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page in a window of its own, large enough for the desktop width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is showing in its own window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the preview window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the preview back to the tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>Preview window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: {page_title} – {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview – {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicationBar</name>
    <message>
        <source>On the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser ({site})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No destinations yet — add your site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the post&apos;s text; its status and date stay as they are on the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish at (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time on this computer; sent to the site in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled time here and on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the site&apos;s status ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on this site: {join}.
Publishing updates that post: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new post is created on {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix what the checks list first (click one to go to the field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a destination first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the article in the outbox; it is sent in the background.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <source>Pull from site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the site&apos;s posts into this workstation, with their sections, tags and featured photos. Only posts changed since the last pull are read; articles you edited here are never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceArticlesDialog</name>
    <message>
        <source>Replace in selected articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace in Selected Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace in the {plural} {where}: headline, standfirst, body, and the captions and alt text of their photos. Nothing changes until you apply; each article gets one entry in its History, and the status bar offers to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the replacement changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what to find: every change shows here before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace in the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear {lower}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace in {plural}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing in {plural}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more was replaced: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceUndoOffer</name>
    <message>
        <source>Undo the replacement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionDeleteDialog</name>
    <message>
        <source>Delete section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” holds {count:,} {noun}. Move them to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move articles to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its sub-sections move up to {where}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionNameDialog</name>
    <message>
        <source>Section name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionParentDialog</name>
    <message>
        <source>Move section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “{name}” under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New parent section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPickerWidget</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionTreePanel</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: a command or a key, e.g. bold or ctrl+shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command or key matches “{strip}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagEditorWidget</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{tag}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagMergeDialog</name>
    <message>
        <source>Merge tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {len} tags into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other tags are removed; their articles get the tag you keep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagTablePanel</name>
    <message>
        <source>Filter tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag columns (click to sort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxonomyDialog</name>
    <message>
        <source>Sections and Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashBanner</name>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from the Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashCommands</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashViewHeader</name>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected articles permanently</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoOffer</name>
    <message>
        <source>Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebPreview</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;HTML Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo &amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste as Plain Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and R&amp;eplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace in Selected &amp;Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word Target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Per&amp;manently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections and &amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview in &amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full-Screen Writing Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Typewriter Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dim All but the Current Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unpublish (Back to Draft)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the Site&apos;s &amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Out&amp;box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ull from Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destinations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing Mode &amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordTargetPopup</name>
    <message>
        <source>Word target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Word target for the body&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word target in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words the body should have, such as a 400-word print slot. 0 for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No word target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the word target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WritingView</name>
    <message>
        <source>Show the article&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section, status, tags, byline and the other fields, one click away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoomControl</name>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page&apos;s width, or show it at a size (Ctrl+0: fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the Width</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
