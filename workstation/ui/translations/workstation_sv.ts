<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>not installed</source>
        <translation>inte installerad</translation>
    </message>
    <message>
        <source> ({searched} does not exist)</source>
        <translation> ({searched} finns inte)</translation>
    </message>
    <message>
        <source>none{where}</source>
        <translation>ingen{where}</translation>
    </message>
    <message>
        <source>{path} ({count} problem{value}, listed below)</source>
        <translation>{path} ({count} problem, listade nedan)</translation>
    </message>
    <message>
        <source>Licence: {license_name}</source>
        <translation>Licens: {license_name}</translation>
    </message>
    <message>
        <source>Platform: {platform}</source>
        <translation>Plattform: {platform}</translation>
    </message>
    <message>
        <source>Data directory: {data_dir}</source>
        <translation>Datamapp: {data_dir}</translation>
    </message>
    <message>
        <source>Managed configuration: {managed_config_text}</source>
        <translation>Central konfiguration: {managed_config_text}</translation>
    </message>
    <message>
        <source>Locked settings: {join}</source>
        <translation>Låsta inställningar: {join}</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>Om {APP_NAME}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Draft, preview and publish news articles.</source>
        <translation>Skriv, förhandsgranska och publicera nyhetsartiklar.</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <source>Managed configuration</source>
        <translation>Central konfiguration</translation>
    </message>
    <message>
        <source>Locked settings</source>
        <translation>Låsta inställningar</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy these details for a support ticket</source>
        <translation>Kopiera uppgifterna till ett supportärende</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopierat</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic *.heif *.JPG *.JPEG *.PNG *.WEBP *.TIF *.TIFF *.GIF *.HEIC *.HEIF);;All files (*)</source>
        <translation>Foton (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic *.heif *.JPG *.JPEG *.PNG *.WEBP *.TIF *.TIFF *.GIF *.HEIC *.HEIF);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importera artiklar</translation>
    </message>
    <message>
        <source>Markdown and ninjs files (*.md *.markdown *.txt *.json);;All files (*)</source>
        <translation>Markdown- och ninjs-filer (*.md *.markdown *.txt *.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Lägg till foton</translation>
    </message>
    <message>
        <source>Remove unused photos?</source>
        <translation>Ta bort oanvända foton?</translation>
    </message>
    <message>
        <source>Every photo that no article uses is deleted from the library, with its files.

Photos of articles in the trash are kept. This cannot be undone.</source>
        <translation>Alla foton som ingen artikel använder tas bort ur biblioteket, med sina filer.

Foton i artiklar i papperskorgen behålls. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Remove unused photos</source>
        <translation>Ta bort oanvända foton</translation>
    </message>
    <message>
        <source>Remove a photo the body shows?</source>
        <translation>Ta bort ett foto som brödtexten visar?</translation>
    </message>
    <message>
        <source>The body still shows {name}. Removed from the article, the photo stays in the library
until “Remove unused photos” deletes it; then the body would show nothing there.

Remove it from the article anyway?</source>
        <translation>Brödtexten visar fortfarande {name}. Borttaget ur artikeln finns fotot kvar i biblioteket
tills ”Ta bort oanvända foton” raderar det; då visar brödtexten ingenting där.

Ta bort det ur artikeln ändå?</translation>
    </message>
    <message>
        <source>Remove from article</source>
        <translation>Ta bort ur artikeln</translation>
    </message>
    <message>
        <source>Removed {count} unused photo{value} from the library.</source>
        <translation>Tog bort {count} oanvända foton ur biblioteket.</translation>
    </message>
    <message>
        <source>Every photo in the library is used by an article: nothing was removed.</source>
        <translation>Alla foton i biblioteket används av någon artikel: inget togs bort.</translation>
    </message>
</context>
<context>
    <name>ArticleCommands</name>
    <message>
        <source>Importing {len} file(s)…</source>
        <translation>Importerar {len} fil(er)…</translation>
    </message>
    <message>
        <source>Imported {len} of {len2} file(s).</source>
        <translation>Importerade {len} av {len2} fil(er).</translation>
    </message>
    <message>
        <source>{count} already in the store.</source>
        <translation>{count} fanns redan i arkivet.</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Vissa filer importerades inte</translation>
    </message>
    <message>
        <source>Read photos from other folders?</source>
        <translation>Läsa bilder från andra mappar?</translation>
    </message>
    <message>
        <source>These files name photos outside their own folder (an absolute or ../ path). Import them with those photos only if you trust where the files came from.

{files}</source>
        <translation>De här filerna anger bilder utanför sin egen mapp (en absolut sökväg eller ../). Importera dem med de bilderna bara om du litar på varifrån filerna kommer.

{files}</translation>
    </message>
    <message>
        <source>Import with These Photos</source>
        <translation>Importera med bilderna</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>Checkpoint saved.</source>
        <translation>Kontrollpunkten sparades.</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Exportera som Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export as HTML page</source>
        <translation>Exportera som HTML-sida</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-sida (*.html)</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportera som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Sparade {path}.</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF:en sparades inte</translation>
    </message>
    <message>
        <source>Could not write {path}.</source>
        <translation>Kunde inte skriva {path}.</translation>
    </message>
</context>
<context>
    <name>ArticleEditorWidget</name>
    <message>
        <source>Headline</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Ingress</translation>
    </message>
    <message>
        <source>Standfirst: the lead paragraph under the headline</source>
        <translation>Ingress: det inledande stycket under rubriken</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Brödtext</translation>
    </message>
    <message>
        <source>Write the article here. Markdown: ## heading, *italic*, **bold**, &gt; quote</source>
        <translation>Skriv artikeln här. Markdown: ## mellanrubrik, *kursiv*, **fet**, &gt; citat</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <source>e.g. TT or a reporter&apos;s name</source>
        <translation>t.ex. TT eller reporterns namn</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Källnotis</translation>
    </message>
    <message>
        <source>e.g. This article has been altered and translated by …</source>
        <translation>t.ex. Artikeln har bearbetats och översatts av …</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Where the article is in the newsroom&apos;s workflow. Published and scheduled are a site&apos;s: publishing sets them (shown above the editor and in the list&apos;s Site column).</source>
        <translation>Var artikeln befinner sig i redaktionens arbetsflöde. Publicerad och schemalagd kommer från en sajt: publiceringen sätter dem (visas ovanför redigeraren och i listans Sajt-kolumn).</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Sektion</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;ggar</translation>
    </message>
    <message>
        <source>B&amp;yline</source>
        <translation>B&amp;yline</translation>
    </message>
    <message>
        <source>S&amp;ource note</source>
        <translation>&amp;Källnotis</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sektion</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Word Target</source>
        <translation>Ordmål</translation>
    </message>
    <message>
        <source>{count} of {limit} characters, too long</source>
        <translation>{count} av {limit} tecken, för lång</translation>
    </message>
    <message>
        <source>{count} of {limit} characters</source>
        <translation>{count} av {limit} tecken</translation>
    </message>
    <message>
        <source>Headline length: {counted}</source>
        <translation>Rubrikens längd: {counted}</translation>
    </message>
    <message>
        <source>Change {label}</source>
        <translation>Ändra {label}</translation>
    </message>
</context>
<context>
    <name>ArticleFindController</name>
    <message>
        <source>Invalid</source>
        <translation>Ogiltigt</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Inga träffar</translation>
    </message>
    <message>
        <source>{total} matches</source>
        <translation>{total} träffar</translation>
    </message>
    <message>
        <source>{value} of {total}</source>
        <translation>{value} av {total}</translation>
    </message>
    <message>
        <source>The expression matches only empty text: nothing to show.</source>
        <translation>Uttrycket matchar bara tom text: inget att visa.</translation>
    </message>
    <message>
        <source>Continued from the top of the article.</source>
        <translation>Fortsatte från början av artikeln.</translation>
    </message>
    <message>
        <source>Continued from the end of the article.</source>
        <translation>Fortsatte från slutet av artikeln.</translation>
    </message>
    <message>
        <source>The article is in the Trash: restore it to replace.</source>
        <translation>Artikeln ligger i papperskorgen: återställ den för att ersätta.</translation>
    </message>
    <message>
        <source>Replaced 1 in the {label}.</source>
        <translation>Ersatte 1 i {label}.</translation>
    </message>
    <message>
        <source>Your latest edits could not be saved, so nothing was replaced.</source>
        <translation>Dina senaste ändringar kunde inte sparas, så inget ersattes.</translation>
    </message>
    <message>
        <source>{report}. Edit › Undo (Ctrl+Z) takes it back.</source>
        <translation>{report}. Redigera › Ångra (Ctrl+Z) tar tillbaka det.</translation>
    </message>
    <message>
        <source>The replacement could not be saved yet; it is kept and retried.</source>
        <translation>Ersättningen kunde inte sparas än; den behålls och sparas på nytt.</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Where it stands on the sites: sending, edited here since it was sent, conflict, failed…</source>
        <translation>Läget på sajterna: skickas, ändrad här sedan den skickades, konflikt, misslyckad…</translation>
    </message>
    <message>
        <source>Site state</source>
        <translation>Läge på sajten</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(ingen rubrik)</translation>
    </message>
</context>
<context>
    <name>ArticleListPane</name>
    <message>
        <source>Search articles</source>
        <translation>Sök artiklar</translation>
    </message>
    <message>
        <source>Search headline, text, byline, tags  (Ctrl+Shift+F)</source>
        <translation>Sök i rubrik, text, byline, taggar  (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Rensa sökningen</translation>
    </message>
    <message>
        <source>Filter by section</source>
        <translation>Filtrera på sektion</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrera på tagg</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alla taggar</translation>
    </message>
    <message>
        <source>Tag filter text</source>
        <translation>Text för taggfiltret</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artiklar</translation>
    </message>
    <message>
        <source>Article list columns</source>
        <translation>Artikellistans kolumner</translation>
    </message>
    <message>
        <source>Article rows</source>
        <translation>Artikelrader</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Alla sektioner</translation>
    </message>
</context>
<context>
    <name>ArticleStatus</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Indragen</translation>
    </message>
</context>
<context>
    <name>BodyPaste</name>
    <message>
        <source>its file is no longer there (Word removes its copies once the document is closed)</source>
        <translation>filen finns inte längre (Word tar bort sina kopior när dokumentet stängs)</translation>
    </message>
    <message>
        <source>pictures on the web are never linked from the body; save it and use Add Photos</source>
        <translation>bilder på webben länkas aldrig från brödtexten; spara bilden och använd Lägg till foton</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>den kunde inte läsas</translation>
    </message>
    <message>
        <source>Left out a picture ({name}): {why}.</source>
        <translation>Utelämnade en bild ({name}): {why}.</translation>
    </message>
    <message>
        <source>Left out </source>
        <translation>Utelämnade </translation>
    </message>
</context>
<context>
    <name>BodyPaster</name>
    <message>
        <source>The text pasted from {source} has {count}:
{names}

Add {them} to this article&apos;s photos? {they} {go} into the body after the pasted text, and the Photos tab has {them} for caption, credit and rights.</source>
        <translation>Texten som klistrades in från {source} har {count}:
{names}

Lägga till dem bland artikelns foton? De hamnar i brödtexten efter den inklistrade texten, och fliken Foton har dem för bildtext, fotograf och rättigheter.</translation>
    </message>
    <message>
        <source>Add the pasted pictures?</source>
        <translation>Lägga till de inklistrade bilderna?</translation>
    </message>
    <message>
        <source>Add {count}</source>
        <translation>Lägg till {count}</translation>
    </message>
    <message>
        <source>Pasted from {source}; adding {count} to the Photos tab.</source>
        <translation>Inklistrat från {source}; lägger till {count} på fliken Foton.</translation>
    </message>
</context>
<context>
    <name>BodyTextEdit</name>
    <message>
        <source>Paste as &amp;Plain Text</source>
        <translation>Klistra in som &amp;oformaterad text</translation>
    </message>
</context>
<context>
    <name>Choosers</name>
    <message>
        <source>No section</source>
        <translation>Ingen sektion</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Översta nivån</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Headline</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sektion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Ord</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Läsning</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sajt</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artiklar</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Send the password unencrypted?</source>
        <translation>Skicka lösenordet okrypterat?</translation>
    </message>
    <message>
        <source>{strip} is a plain http:// address on another machine. The application password would travel across the network readable by anyone on the way (the office network, a café&apos;s wifi), and so would everything you publish.

Use the site&apos;s https:// address if it has one. Add the site over plain http anyway?</source>
        <translation>{strip} är en vanlig http://-adress på en annan dator. Applikationslösenordet skulle färdas över nätverket läsbart för alla på vägen (kontorsnätet, ett kafés wifi), och så skulle allt du publicerar.

Använd sajtens https://-adress om den har en. Lägga till sajten över vanlig http ändå?</translation>
    </message>
    <message>
        <source>Add over http</source>
        <translation>Lägg till över http</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
</context>
<context>
    <name>ConflictChoices</name>
    <message>
        <source>changed on both</source>
        <translation>ändrat på båda</translation>
    </message>
    <message>
        <source>changed on the site</source>
        <translation>ändrat på sajten</translation>
    </message>
    <message>
        <source>changed here</source>
        <translation>ändrat här</translation>
    </message>
    <message>
        <source>Kept from this copy whatever you choose: </source>
        <translation>Behålls från den här kopian vad du än väljer: </translation>
    </message>
</context>
<context>
    <name>ConflictChoicesBox</name>
    <message>
        <source>Choose per field</source>
        <translation>Välj per fält</translation>
    </message>
    <message>
        <source>The site holds every field as this copy has it.</source>
        <translation>Sajten har alla fält som den här kopian har dem.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The site&apos;s</source>
        <translation>Sajtens</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>the site&apos;s</source>
        <translation>sajtens</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Conflict with the site</source>
        <translation>Konflikt med sajten</translation>
    </message>
    <message>
        <source>The post changed on the site</source>
        <translation>Inlägget ändrades på sajten</translation>
    </message>
    <message>
        <source>&lt;b&gt;{escape}&lt;/b&gt; was changed on &lt;b&gt;{escape2}&lt;/b&gt;{escape3} since it was last sent from here. Nothing was written. Compare the versions and choose what to keep.</source>
        <translation>&lt;b&gt;{escape}&lt;/b&gt; ändrades på &lt;b&gt;{escape2}&lt;/b&gt;{escape3} sedan det senast skickades härifrån. Inget skrevs. Jämför versionerna och välj vad som ska behållas.</translation>
    </message>
    <message>
        <source>The site&apos;s version</source>
        <translation>Sajtens version</translation>
    </message>
    <message>
        <source>Differences between the site&apos;s version and yours</source>
        <translation>Skillnader mellan sajtens version och din</translation>
    </message>
    <message>
        <source>On the site now</source>
        <translation>På sajten nu</translation>
    </message>
    <message>
        <source>Your version, compared with the site&apos;s</source>
        <translation>Din version, jämförd med sajtens</translation>
    </message>
    <message>
        <source>Keep mine (overwrite the site)</source>
        <translation>Behåll min (skriv över sajten)</translation>
    </message>
    <message>
        <source>Send your version; the changes made on the site are replaced.</source>
        <translation>Skicka din version; ändringarna som gjorts på sajten ersätts.</translation>
    </message>
    <message>
        <source>Take theirs (becomes a revision here)</source>
        <translation>Ta deras (blir en version här)</translation>
    </message>
    <message>
        <source>What changed on the site replaces yours here as a new revision; yours stays in the History tab. Fields the site does not hold are kept.</source>
        <translation>Det som ändrades på sajten ersätter ditt här som en ny version; din finns kvar på fliken Historik. Fält som sajten inte har behålls.</translation>
    </message>
    <message>
        <source>Use these choices</source>
        <translation>Använd de här valen</translation>
    </message>
    <message>
        <source>Take the site&apos;s value of the fields chosen above and keep yours of the others; the fields you keep are sent to the site.</source>
        <translation>Ta sajtens värde för fälten som valts ovan och behåll dina för de andra; fälten du behåller skickas till sajten.</translation>
    </message>
    <message>
        <source>Edit and retry</source>
        <translation>Redigera och försök igen</translation>
    </message>
    <message>
        <source>Merge by hand in the editor, then press Retry in the Outbox.</source>
        <translation>Sammanfoga för hand i redigeraren och tryck sedan Försök igen i Utkorgen.</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Bestäm senare</translation>
    </message>
    <message>
        <source>Leave the job in conflict</source>
        <translation>Låt jobbet stå kvar i konflikt</translation>
    </message>
    <message>
        <source>This job has no conflict to resolve (it was resolved elsewhere).</source>
        <translation>Jobbet har ingen konflikt att lösa (den löstes på annat håll).</translation>
    </message>
    <message>
        <source>kept from this copy: {why_not_held}</source>
        <translation>behålls från den här kopian: {why_not_held}</translation>
    </message>
    <message>
        <source>→ taking the site&apos;s</source>
        <translation>→ tar sajtens</translation>
    </message>
    <message>
        <source>→ keeping yours</source>
        <translation>→ behåller din</translation>
    </message>
    <message>
        <source>From the site&apos;s version to yours:</source>
        <translation>Från sajtens version till din:</translation>
    </message>
    <message>
        <source>only in yours</source>
        <translation>bara i din</translation>
    </message>
    <message>
        <source>only on the site</source>
        <translation>bara på sajten</translation>
    </message>
</context>
<context>
    <name>ConflictError</name>
    <message>
        <source>The post was changed on the site since it was last published from here. Nothing was written; compare the versions and choose which to keep.</source>
        <translation>Inlägget har ändrats på sajten sedan det senast publicerades härifrån. Inget skrevs; jämför versionerna och välj vilken som ska behållas.</translation>
    </message>
</context>
<context>
    <name>CountsStatus</name>
    <message>
        <source>{n} word</source>
        <translation>{n} ord</translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation>{n} ord</translation>
    </message>
    <message>
        <source>{n} character</source>
        <translation>{n} tecken</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} tecken</translation>
    </message>
    <message>
        <source>under 1 min read</source>
        <translation>under 1 min läsning</translation>
    </message>
    <message>
        <source>{reading_minutes} min read</source>
        <translation>{reading_minutes} min läsning</translation>
    </message>
    <message>
        <source>Body: {count}</source>
        <translation>Brödtext: {count}</translation>
    </message>
    <message>
        <source>Selection: {count}   |   {text}</source>
        <translation>Markering: {count}   |   {text}</translation>
    </message>
    <message>
        <source>Headline: {count}</source>
        <translation>Rubrik: {count}</translation>
    </message>
    <message>
        <source>Standfirst: {count}</source>
        <translation>Ingress: {count}</translation>
    </message>
    <message>
        <source>Headline, standfirst and body: {count}</source>
        <translation>Rubrik, ingress och brödtext: {count}</translation>
    </message>
    <message>
        <source>Selected in the body: {count}</source>
        <translation>Markerat i brödtexten: {count}</translation>
    </message>
    <message>
        <source>Photo references and Markdown syntax are not counted; characters include spaces.</source>
        <translation>Fotoreferenser och Markdown-syntax räknas inte; tecken inklusive blanksteg.</translation>
    </message>
    <message>
        <source>Click to set a word target for the body.</source>
        <translation>Klicka för att sätta ett ordmål för brödtexten.</translation>
    </message>
    <message>
        <source>Set a word target for the body, such as a 400-word print slot.</source>
        <translation>Sätt ett ordmål för brödtexten, till exempel en tidningsyta på 400 ord.</translation>
    </message>
    <message>
        <source>{words} to go.</source>
        <translation>{words} kvar.</translation>
    </message>
    <message>
        <source>Right on target.</source>
        <translation>Precis på målet.</translation>
    </message>
    <message>
        <source>Over by {words}</source>
        <translation>Över med {words}</translation>
    </message>
    <message>
        <source> (more than 10%).</source>
        <translation> (mer än 10 %).</translation>
    </message>
    <message>
        <source>, within 10%.</source>
        <translation>, inom 10 %.</translation>
    </message>
    <message>
        <source>Word target for the body: {words}. {detail}
Click to change it.</source>
        <translation>Ordmål för brödtexten: {words}. {detail}
Klicka för att ändra.</translation>
    </message>
    <message>
        <source>Word target</source>
        <translation>Ordmål</translation>
    </message>
    <message>
        <source>Progress towards the word target</source>
        <translation>Framsteg mot ordmålet</translation>
    </message>
    <message>
        <source>Word target…</source>
        <translation>Ordmål…</translation>
    </message>
    <message>
        <source>{words} / {target} words</source>
        <translation>{words} / {target} ord</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>{app} ran into an unexpected error and stopped what it was doing. Your articles are safe and you can keep working.</source>
        <translation>{app} råkade ut för ett oväntat fel och avbröt det som pågick. Dina artiklar är i säkerhet och du kan fortsätta arbeta.</translation>
    </message>
    <message>
        <source>If it happens again, send a problem report to your support: it holds the log, never your articles or passwords.</source>
        <translation>Om det händer igen, skicka en problemrapport till din support: den innehåller loggen, aldrig dina artiklar eller lösenord.</translation>
    </message>
    <message>
        <source>Report a Problem…</source>
        <translation>Rapportera ett problem…</translation>
    </message>
</context>
<context>
    <name>CredentialsNotice</name>
    <message>
        <source>Password needed</source>
        <translation>Lösenord behövs</translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Ange lösenord…</translation>
    </message>
    <message>
        <source>Enter password</source>
        <translation>Ange lösenord</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Hide this notice (the jobs wait in the Outbox)</source>
        <translation>Dölj meddelandet (jobben väntar i Utkorgen)</translation>
    </message>
    <message>
        <source>job waits</source>
        <translation>jobb väntar</translation>
    </message>
    <message>
        <source>jobs wait</source>
        <translation>jobb väntar</translation>
    </message>
    <message>
        <source>{destination_name} needs the application password ({jobs} {noun}).</source>
        <translation>{destination_name} behöver applikationslösenordet ({jobs} {noun}).</translation>
    </message>
    <message>
        <source>The site did not accept the stored password, or the keyring could not be read. See the Outbox for the exact message.</source>
        <translation>Sajten godtog inte det sparade lösenordet, eller så gick nyckelringen inte att läsa. Se Utkorgen för det exakta meddelandet.</translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <source>Crop area</source>
        <translation>Beskärningsyta</translation>
    </message>
    <message>
        <source>The photo with its crop. Click to set the focal point; arrow keys move it. With a free crop, drag the box or its corners.</source>
        <translation>Fotot med sin beskärning. Klicka för att sätta fokuspunkten; piltangenterna flyttar den. Med fri beskärning drar du rutan eller dess hörn.</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Läser in fotot…</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>{original_filename}: the photo could not be shown</source>
        <translation>{original_filename}: fotot kunde inte visas</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Editorial Workstation</source>
        <translation>Editorial Workstation</translation>
    </message>
</context>
<context>
    <name>DestinationTrust</name>
    <message>
        <source>REST API at {origin} (another address, confirmed by you).</source>
        <translation>REST-API på {origin} (en annan adress, bekräftad av dig).</translation>
    </message>
    <message>
        <source>Trusted certificate, SHA-256 {fingerprint}.</source>
        <translation>Betrott certifikat, SHA-256 {fingerprint}.</translation>
    </message>
    <message>
        <source>What this destination trusts</source>
        <translation>Vad den här destinationen litar på</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>Certifikat…</translation>
    </message>
    <message>
        <source>Trust the certificate the site shows (after comparing its fingerprint), or stop trusting it</source>
        <translation>Lita på certifikatet som webbplatsen visar (efter att ha jämfört dess fingeravtryck), eller sluta lita på det</translation>
    </message>
    <message>
        <source>Stop Trusting Certificate…</source>
        <translation>Sluta lita på certifikatet…</translation>
    </message>
    <message>
        <source>Send the password to another address?</source>
        <translation>Skicka lösenordet till en annan adress?</translation>
    </message>
    <message>
        <source>{site} says its REST API is at {api}, another address. The application password would be sent there.

Confirm only if {api} belongs to the same site (ask its administrator if you are not sure).</source>
        <translation>{site} säger att dess REST-API finns på {api}, en annan adress. Applikationslösenordet skulle skickas dit.

Bekräfta bara om {api} hör till samma webbplats (fråga dess administratör om du är osäker).</translation>
    </message>
    <message>
        <source>Trust This API Address</source>
        <translation>Lita på den här API-adressen</translation>
    </message>
    <message>
        <source> It is issued to {subject}.</source>
        <translation> Det är utfärdat till {subject}.</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Lita på det här certifikatet?</translation>
    </message>
    <message>
        <source>{site} shows a certificate this computer does not trust.{named} Its SHA-256 fingerprint is:

{fingerprint}

Trust it only if your IT or the site&apos;s administrator confirms this fingerprint. It is then trusted for this destination only.</source>
        <translation>{site} visar ett certifikat som den här datorn inte litar på.{named} Dess SHA-256-fingeravtryck är:

{fingerprint}

Lita bara på det om din IT-avdelning eller webbplatsens administratör bekräftar fingeravtrycket. Det betros då bara för den här destinationen.</translation>
    </message>
    <message>
        <source>Trust Certificate</source>
        <translation>Lita på certifikatet</translation>
    </message>
    <message>
        <source>Stop trusting the certificate of {name}?</source>
        <translation>Sluta lita på certifikatet för {name}?</translation>
    </message>
    <message>
        <source>The certificate with the SHA-256 fingerprint {fingerprint} is no longer trusted for {name}. If the site still shows it, publishing there stops until it is trusted again.</source>
        <translation>Certifikatet med SHA-256-fingeravtrycket {fingerprint} betros inte längre för {name}. Om webbplatsen fortfarande visar det går det inte att publicera där förrän det betros igen.</translation>
    </message>
    <message>
        <source>Stop Trusting</source>
        <translation>Sluta lita på</translation>
    </message>
    <message>
        <source>{name}: its certificate is no longer trusted.</source>
        <translation>{name}: dess certifikat betros inte längre.</translation>
    </message>
    <message>
        <source>{name}: this certificate is trusted from now on.</source>
        <translation>{name}: det här certifikatet betros från och med nu.</translation>
    </message>
    <message>
        <source>Reading the certificate of {site}…</source>
        <translation>Läser certifikatet för {site}…</translation>
    </message>
</context>
<context>
    <name>DestinationsDialog</name>
    <message>
        <source>No destinations yet — add your site below.</source>
        <translation>Inga destinationer än — lägg till din sajt nedan.</translation>
    </message>
    <message>
        <source>Use an &lt;b&gt;application password&lt;/b&gt;, not your login password: on the site open &lt;i&gt;Users › Profile&lt;/i&gt;, find &lt;i&gt;Application Passwords&lt;/i&gt;, give it a name (e.g. “Workstation”) and press &lt;i&gt;Add New Application Password&lt;/i&gt;. It is checked now and kept only in your system keyring.</source>
        <translation>Använd ett &lt;b&gt;applikationslösenord&lt;/b&gt;, inte ditt inloggningslösenord: på sajten öppnar du &lt;i&gt;Användare › Profil&lt;/i&gt;, letar upp &lt;i&gt;Applikationslösenord&lt;/i&gt;, ger det ett namn (t.ex. ”Workstation”) och trycker på &lt;i&gt;Lägg till nytt applikationslösenord&lt;/i&gt;. Det kontrolleras nu och sparas bara i systemets nyckelring.</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinationer</translation>
    </message>
    <message>
        <source>The sites your articles are published to. Passwords stay in your system keyring.</source>
        <translation>Sajterna som dina artiklar publiceras på. Lösenorden stannar i systemets nyckelring.</translation>
    </message>
    <message>
        <source>Destination columns</source>
        <translation>Destinationskolumner</translation>
    </message>
    <message>
        <source>Log in to the site again now</source>
        <translation>Logga in på sajten igen nu</translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Ange lösenord…</translation>
    </message>
    <message>
        <source>Enter a new application password for this site</source>
        <translation>Ange ett nytt applikationslösenord för sajten</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <source>Give the destination another name</source>
        <translation>Ge destinationen ett annat namn</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Forget this destination</source>
        <translation>Glöm den här destinationen</translation>
    </message>
    <message>
        <source>Fetch sections and tags</source>
        <translation>Hämta sektioner och taggar</translation>
    </message>
    <message>
        <source>Bring the site&apos;s categories and tags in as sections and tags, so you pick the site&apos;s real ones</source>
        <translation>Hämta sajtens kategorier och taggar som sektioner och taggar, så att du väljer sajtens riktiga</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>e.g. Sweden Herald</source>
        <translation>t.ex. Sweden Herald</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Sajtens adress</translation>
    </message>
    <message>
        <source>https://news.example.org</source>
        <translation>https://news.example.org</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sajt</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Kontrollerad</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Kontrollera</translation>
    </message>
    <message>
        <source>your WordPress user name</source>
        <translation>ditt användarnamn i WordPress</translation>
    </message>
    <message>
        <source>Application password</source>
        <translation>Applikationslösenord</translation>
    </message>
    <message>
        <source>xxxx xxxx xxxx xxxx xxxx xxxx</source>
        <translation>xxxx xxxx xxxx xxxx xxxx xxxx</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>Kontrollera och lägg till</translation>
    </message>
    <message>
        <source>Check the site, then add it</source>
        <translation>Kontrollera sajten och lägg sedan till den</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation>Sajtens &amp;adress:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation>Applikations&amp;lösenord:</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>Lägg till en sajt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Inte än</translation>
    </message>
    <message>
        <source>{name}
{url}
API: {value}</source>
        <translation>{name}
{url}
API: {value}</translation>
    </message>
    <message>
        <source>
Set by your organisation; enter your own application password.</source>
        <translation>
Satt av din organisation; ange ditt eget applikationslösenord.</translation>
    </message>
    <message>
        <source>
Largest upload: {value} MB</source>
        <translation>
Största uppladdning: {value} MB</translation>
    </message>
    <message>
        <source>Site address: enter the site&apos;s address, e.g. https://news.example.org</source>
        <translation>Sajtens adress: ange sajtens adress, t.ex. https://news.example.org</translation>
    </message>
    <message>
        <source>Checking {site}…</source>
        <translation>Kontrollerar {site}…</translation>
    </message>
    <message>
        <source> It is reached over plain http: the password is not encrypted on the way.</source>
        <translation> Den nås över vanlig http: lösenordet krypteras inte på vägen.</translation>
    </message>
    <message>
        <source>Added {name}: the site accepted the password.{unencrypted}</source>
        <translation>Lade till {name}: sajten godtog lösenordet.{unencrypted}</translation>
    </message>
    <message>
        <source>{name}: logged in as {who}; publishing works.</source>
        <translation>{name}: inloggad som {who}; publiceringen fungerar.</translation>
    </message>
    <message>
        <source>{name}: {sections}, {tags} from the site. Pick them in the article&apos;s Section and Tags fields.</source>
        <translation>{name}: {sections}, {tags} från sajten. Välj dem i artikelns fält Sektion och Taggar.</translation>
    </message>
    <message>
        <source>{name}: the new password works and is in your keyring.</source>
        <translation>{name}: det nya lösenordet fungerar och ligger i din nyckelring.</translation>
    </message>
    <message>
        <source>Rename destination</source>
        <translation>Byt namn på destinationen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <source>Renamed to {name}.</source>
        <translation>Bytte namn till {name}.</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>Ta bort {name}?</translation>
    </message>
    <message>
        <source>Posts already on {url} stay there. This app forgets the site: its links to those posts, its queued jobs, and the password in your keyring.</source>
        <translation>Inlägg som redan finns på {url} ligger kvar. Appen glömmer sajten: länkarna till inläggen, jobben i kö och lösenordet i din nyckelring.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Removed {name}. Its posts stay on the site.</source>
        <translation>Tog bort {name}. Inläggen ligger kvar på sajten.</translation>
    </message>
    <message>
        <source>Removing {site}…</source>
        <translation>Tar bort {site}…</translation>
    </message>
</context>
<context>
    <name>EditUndo</name>
    <message>
        <source>&amp;Undo {name}</source>
        <translation>&amp;Ångra {name}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo {redo_text}</source>
        <translation>&amp;Gör om {redo_text}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
</context>
<context>
    <name>EditingArea</name>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foton</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Utkorg</translation>
    </message>
    <message>
        <source>{exc}
The default template is used instead.</source>
        <translation>{exc}
Standardmallen används i stället.</translation>
    </message>
    <message>
        <source>Page template not used</source>
        <translation>Sidmallen används inte</translation>
    </message>
    <message>
        <source>Not saved: {message}. Your text is kept; retrying.</source>
        <translation>Inte sparat: {message}. Din text finns kvar; försöker igen.</translation>
    </message>
    <message>
        <source>This photo is not attached to the article: attach it from the library (Photos tab, Library…).</source>
        <translation>Fotot hör inte till artikeln: koppla det från biblioteket (fliken Foton, Bibliotek…).</translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>No articles yet</source>
        <translation>Inga artiklar än</translation>
    </message>
    <message>
        <source>Write a new article, import Markdown files, or open the sample article
to see a complete published page: headline, standfirst, body, tags and byline.</source>
        <translation>Skriv en ny artikel, importera Markdown-filer eller öppna exempelartikeln
för att se en komplett publicerad sida: rubrik, ingress, brödtext, taggar och byline.</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Ny artikel</translation>
    </message>
    <message>
        <source>Open sample article</source>
        <translation>Öppna exempelartikeln</translation>
    </message>
    <message>
        <source>Import Markdown…</source>
        <translation>Importera Markdown…</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Chromium will not run as root with its sandbox on. Start the app as a normal user, or set {CHROMIUM_FLAGS_ENV}=--no-sandbox.</source>
        <translation>Chromium körs inte som root med sandlådan påslagen. Starta appen som vanlig användare, eller sätt {CHROMIUM_FLAGS_ENV}=--no-sandbox.</translation>
    </message>
    <message>
        <source>QtWebEngine could not be loaded ({exc}). Install the system libraries it needs.</source>
        <translation>QtWebEngine kunde inte läsas in ({exc}). Installera systembiblioteken som den behöver.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The site</source>
        <translation>Sajten</translation>
    </message>
    <message>
        <source>{{site}}&apos;s security certificate is not trusted on this computer ({reason}), so nothing was sent: the password stays safe. Ask the site&apos;s administrator or your IT to fix it.</source>
        <translation>Säkerhetscertifikatet för {{site}} betros inte på den här datorn ({reason}), så inget skickades: lösenordet är i säkerhet. Be webbplatsens administratör eller din IT-avdelning att åtgärda det.</translation>
    </message>
    <message>
        <source>If they confirm that the certificate&apos;s SHA-256 fingerprint is {fingerprint}, trust it for this destination (Publish › Destinations › Certificate…; on the command line: workstation destinations trust-certificate).</source>
        <translation>Om de bekräftar att certifikatets SHA-256-fingeravtryck är {fingerprint}, lita på det för den här destinationen (Publicera › Destinationer › Certifikat…; på kommandoraden: workstation destinations trust-certificate).</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>inte betrott</translation>
    </message>
    <message>
        <source>{{site}} did not answer over HTTPS. Did you mean {plain_http_twin}?</source>
        <translation>{{site}} svarade inte över HTTPS. Menade du {plain_http_twin}?</translation>
    </message>
    <message>
        <source>{site} did not answer over HTTPS: check the address (it may start with http://).</source>
        <translation>{site} svarade inte över HTTPS: kontrollera adressen (den kanske börjar med http://).</translation>
    </message>
    <message>
        <source>{{site}} cannot be found: there is no address called {host} (is this computer offline, or is there a typo in the address?).</source>
        <translation>{{site}} hittas inte: det finns ingen adress som heter {host} (är datorn offline, eller är det ett stavfel i adressen?).</translation>
    </message>
    <message>
        <source>{site} did not answer in time.</source>
        <translation>{site} svarade inte i tid.</translation>
    </message>
    <message>
        <source>{site} is not answering.</source>
        <translation>{site} svarar inte.</translation>
    </message>
    <message>
        <source>Something went wrong that the app did not expect; nothing was lost. Try again, and if it happens again, send the details to your IT support.</source>
        <translation>Något oväntat gick fel; inget gick förlorat. Försök igen, och om det händer igen, skicka detaljerna till din IT-support.</translation>
    </message>
    <message>
        <source>{site} says its REST API is at another address, {api}: the application password would be sent there, so nothing was sent. If {api} belongs to the same site, confirm it (in the app: Trust This API Address; on the command line: --allow-api-origin {api}); otherwise ask the site&apos;s administrator.</source>
        <translation>{site} säger att dess REST-API finns på en annan adress, {api}: applikationslösenordet skulle skickas dit, så inget skickades. Om {api} hör till samma webbplats, bekräfta den (i appen: Lita på den här API-adressen; på kommandoraden: --allow-api-origin {api}); fråga annars webbplatsens administratör.</translation>
    </message>
    <message>
        <source>The site redirected to another host ({target}, not {site}); the request was not sent there, so the password stays safe. Check the destination&apos;s address (Publish › Destinations › Verify), or ask the site&apos;s administrator.</source>
        <translation>Webbplatsen skickade vidare till en annan värd ({target}, inte {site}); begäran skickades inte dit, så lösenordet är i säkerhet. Kontrollera destinationens adress (Publicera › Destinationer › Kontrollera), eller fråga webbplatsens administratör.</translation>
    </message>
    <message>
        <source>{{site}} sent an answer larger than {megabytes} MB, which is not what WordPress sends; it was not read. Ask the site&apos;s administrator (a plugin or a proxy may be adding to it).</source>
        <translation>{{site}} skickade ett svar större än {megabytes} MB, vilket inte är vad WordPress skickar; det lästes inte. Fråga webbplatsens administratör (ett tillägg eller en proxy kan lägga till i det).</translation>
    </message>
    <message>
        <source>{{site}} did not finish answering within {seconds} seconds (it may be overloaded, or answering very slowly); nothing more is waited for.</source>
        <translation>{{site}} svarade inte färdigt inom {seconds} sekunder (den kan vara överbelastad eller svara mycket långsamt); det väntas inte längre.</translation>
    </message>
</context>
<context>
    <name>FallbackPreview</name>
    <message>
        <source>Preview (simplified)</source>
        <translation>Förhandsgranskning (förenklad)</translation>
    </message>
</context>
<context>
    <name>FieldSaver</name>
    <message>
        <source>Editing…</source>
        <translation>Redigerar…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Sparad {time}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source> at character {value}</source>
        <translation> vid tecken {value}</translation>
    </message>
    <message>
        <source>Not a valid regular expression{where}: {message}.</source>
        <translation>Inte ett giltigt reguljärt uttryck{where}: {message}.</translation>
    </message>
    <message>
        <source>The replacement uses group \{group}, which the expression does not have.</source>
        <translation>Ersättningen använder grupp \{group}, som uttrycket inte har.</translation>
    </message>
    <message>
        <source>The replacement uses the group {name}, which the expression does not have.</source>
        <translation>Ersättningen använder gruppen {name}, som uttrycket inte har.</translation>
    </message>
    <message>
        <source>The replacement ends with a lone \ (write \\ for a backslash).</source>
        <translation>Ersättningen slutar med ett ensamt \ (skriv \\ för ett omvänt snedstreck).</translation>
    </message>
    <message>
        <source>The replacement has {escape}, which is not an escape it can use (write \\ for a backslash).</source>
        <translation>Ersättningen har {escape}, som inte är en escape-sekvens den kan använda (skriv \\ för ett omvänt snedstreck).</translation>
    </message>
    <message>
        <source>The replacement cannot be used: {text}.</source>
        <translation>Ersättningen kan inte användas: {text}.</translation>
    </message>
    <message>
        <source>Replaced {quoted} with {quoted2} ({count})</source>
        <translation>Ersatte {quoted} med {quoted2} ({count})</translation>
    </message>
    <message>
        <source>Removed {quoted} ({count})</source>
        <translation>Tog bort {quoted} ({count})</translation>
    </message>
    <message>
        <source>Undid: {note}</source>
        <translation>Ångrade: {note}</translation>
    </message>
    <message>
        <source>Nothing was replaced.</source>
        <translation>Inget ersattes.</translation>
    </message>
    <message>
        <source>Replaced {total} in {join_words}</source>
        <translation>Ersatte {total} i {join_words}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in headline, standfirst, body and captions</source>
        <translation>Sök i rubrik, ingress, brödtext och bildtexter</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersätt med</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Find and replace in the article</source>
        <translation>Sök och ersätt i artikeln</translation>
    </message>
    <message>
        <source>Clear the text to find</source>
        <translation>Rensa söktexten</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Träffar</translation>
    </message>
    <message>
        <source>888 of 888</source>
        <translation>888 av 888</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Föregående träff</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nästa träff</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Stäng sökfältet</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
    <message>
        <source>Replace this match</source>
        <translation>Ersätt den här träffen</translation>
    </message>
    <message>
        <source>Replace this match and go to the next (Enter in Replace with)</source>
        <translation>Ersätt den här träffen och gå till nästa (Enter i Ersätt med)</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Ersätt alla</translation>
    </message>
    <message>
        <source>Replace all matches</source>
        <translation>Ersätt alla träffar</translation>
    </message>
    <message>
        <source>Replace every match in the article, as one undo step (Ctrl+Alt+Enter)</source>
        <translation>Ersätt alla träffar i artikeln, som ett ångra-steg (Ctrl+Alt+Enter)</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>&amp;Skiftlägeskänslig</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Skiftlägeskänslig</translation>
    </message>
    <message>
        <source>Whole wor&amp;ds</source>
        <translation>Hela &amp;ord</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Bara hela ord</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Reguljärt &amp;uttryck</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Reguljärt uttryck</translation>
    </message>
    <message>
        <source>Python regular expressions: . any character, \w a letter, \d a digit, ( ) a group.
In the replacement, \1 puts back what the first group found.</source>
        <translation>Pythons reguljära uttryck: . valfritt tecken, \w en bokstav, \d en siffra, ( ) en grupp.
I ersättningen sätter \1 tillbaka det som första gruppen hittade.</translation>
    </message>
    <message>
        <source>Find message</source>
        <translation>Sökmeddelande</translation>
    </message>
</context>
<context>
    <name>FindWiring</name>
    <message>
        <source>Replace in Selected Articles</source>
        <translation>Ersätt i markerade artiklar</translation>
    </message>
    <message>
        <source>Select the articles to replace in (Ctrl+click or Shift+click in the list), then try again.</source>
        <translation>Markera artiklarna att ersätta i (Ctrl+klick eller Skift+klick i listan) och försök igen.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Ångrar…</translation>
    </message>
    <message>
        <source>Replacement not undone</source>
        <translation>Ersättningen ångrades inte</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <source>The text cannot be searched for: {msg}.</source>
        <translation>Texten går inte att söka efter: {msg}.</translation>
    </message>
</context>
<context>
    <name>FormatActions</name>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fet</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Länk…</translation>
    </message>
    <message>
        <source>Heading &amp;{level}</source>
        <translation>Mellanrubrik &amp;{level}</translation>
    </message>
    <message>
        <source>Normal &amp;Paragraph</source>
        <translation>Vanligt &amp;stycke</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>&amp;Numrerad lista</translation>
    </message>
    <message>
        <source>Bulleted Li&amp;st</source>
        <translation>&amp;Punktlista</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Citat</translation>
    </message>
    <message>
        <source>Formatting &amp;Toolbar</source>
        <translation>Formaterings&amp;verktygsfält</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
    <message>
        <source>“Quote”</source>
        <translation>”Citat”</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lista</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
</context>
<context>
    <name>FormatToolBar</name>
    <message>
        <source>Formatting</source>
        <translation>Formatering</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <source>Revision columns</source>
        <translation>Versionskolumner</translation>
    </message>
    <message>
        <source>Differences from the current text</source>
        <translation>Skillnader mot den nuvarande texten</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Återställ den här versionen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>{count} version{value}</source>
        <translation>Versioner: {count}</translation>
    </message>
    <message>
        <source>The history could not be loaded: {error}</source>
        <translation>Historiken kunde inte läsas in: {error}</translation>
    </message>
    <message>
        <source>No versions yet.</source>
        <translation>Inga versioner än.</translation>
    </message>
    <message>
        <source>Since the version of {when}:</source>
        <translation>Sedan versionen från {when}:</translation>
    </message>
    <message>
        <source>The article is in the Trash: restore it from there first.</source>
        <translation>Artikeln ligger i papperskorgen: återställ den därifrån först.</translation>
    </message>
    <message>
        <source>Select a version to restore it.</source>
        <translation>Välj en version för att återställa den.</translation>
    </message>
    <message>
        <source>This version matches the current text.</source>
        <translation>Den här versionen är samma som den nuvarande texten.</translation>
    </message>
    <message>
        <source>Bring this version back. The current text stays in the history, so this can be undone.</source>
        <translation>Ta tillbaka den här versionen. Den nuvarande texten finns kvar i historiken, så det går att ångra.</translation>
    </message>
    <message>
        <source>Restore this version?</source>
        <translation>Återställa den här versionen?</translation>
    </message>
    <message>
        <source>The article goes back to the version saved {when}.

The current text is kept in the history, so you can restore it again.</source>
        <translation>Artikeln går tillbaka till versionen som sparades {when}.

Den nuvarande texten finns kvar i historiken, så du kan återställa den igen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Could not restore this version</source>
        <translation>Versionen kunde inte återställas</translation>
    </message>
</context>
<context>
    <name>HouseStyle</name>
    <message>
        <source>{source}, line {number}</source>
        <translation>{source}, rad {number}</translation>
    </message>
    <message>
        <source>{where}: write &quot;kind: value&quot;, e.g. &quot;banned: utilize =&gt; use&quot;, got &quot;{line}&quot;</source>
        <translation>{where}: skriv &quot;typ: värde&quot;, t.ex. &quot;banned: utilize =&gt; use&quot;, men här står &quot;{line}&quot;</translation>
    </message>
    <message>
        <source>{where}: {rule} must be a number from 1 to 1000, got {value}</source>
        <translation>{where}: {rule} måste vara ett tal från 1 till 1000, men här står {value}</translation>
    </message>
    <message>
        <source>{where}: {rule} must be on or off, got {value}</source>
        <translation>{where}: {rule} måste vara on eller off, men här står {value}</translation>
    </message>
    <message>
        <source>{where}: unknown rule {rule} (known: {known})</source>
        <translation>{where}: okänd regel {rule} (kända regler: {known})</translation>
    </message>
    <message>
        <source>the headline</source>
        <translation>rubriken</translation>
    </message>
    <message>
        <source>the standfirst</source>
        <translation>ingressen</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>brödtexten</translation>
    </message>
    <message>
        <source>the byline</source>
        <translation>bylinen</translation>
    </message>
    <message>
        <source>the source note</source>
        <translation>källnotisen</translation>
    </message>
    <message>
        <source>Repeated word in {field}: “{words}”.</source>
        <translation>Upprepat ord i {field}: ”{words}”.</translation>
    </message>
    <message>
        <source>Double space in {field}: “{excerpt}”.</source>
        <translation>Dubbelt blanksteg i {field}: ”{excerpt}”.</translation>
    </message>
    <message>
        <source>A sentence in {field} has {count} words (keep to {limit}): “{start} …”.</source>
        <translation>En mening i {field} har {count} ord (håll den inom {limit}): ”{start} …”.</translation>
    </message>
    <message>
        <source>Banned word in {field}: “{word}”{advice}.</source>
        <translation>Förbjudet ord i {field}: ”{word}”{advice}.</translation>
    </message>
    <message>
        <source>Discouraged word in {field}: “{word}”{advice}.</source>
        <translation>Ord att undvika i {field}: ”{word}”{advice}.</translation>
    </message>
    <message>
        <source>; write “{advice}”</source>
        <translation>; skriv ”{advice}”</translation>
    </message>
    <message>
        <source>House spelling in {field}: “{found}” is “{spelling}”.</source>
        <translation>Redaktionens stavning i {field}: ”{found}” skrivs ”{spelling}”.</translation>
    </message>
    <message>
        <source>the managed configuration&apos;s [house_style] rules</source>
        <translation>den centrala konfigurationens regler under [house_style]</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({error}).</source>
        <translation>{path}: kan inte läsas ({error}).</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({error}).</source>
        <translation>{path}: kan inte skrivas ({error}).</translation>
    </message>
</context>
<context>
    <name>HouseStyleDialog</name>
    <message>
        <source>One rule a line; # starts a comment.</source>
        <translation>En regel per rad; # inleder en kommentar. Reglernas nyckelord skrivs på engelska:</translation>
    </message>
    <message>
        <source>House Style</source>
        <translation>Husstil</translation>
    </message>
    <message>
        <source>Set by your organisation:</source>
        <translation>Inställt av din organisation:</translation>
    </message>
    <message>
        <source>No rules set by your organisation.</source>
        <translation>Din organisation har inte ställt in några regler.</translation>
    </message>
    <message>
        <source>House style rules</source>
        <translation>Husstilens regler</translation>
    </message>
    <message>
        <source>Fix or remove the file; nothing can be saved over it here.</source>
        <translation>Rätta eller ta bort filen; inget kan sparas över den här.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>the pasted image could not be saved as a PNG file</source>
        <translation>den inklistrade bilden kunde inte sparas som PNG-fil</translation>
    </message>
</context>
<context>
    <name>InstanceGuard</name>
    <message>
        <source>another instance is already listening on {name!r}</source>
        <translation>en annan instans lyssnar redan på {name!r}</translation>
    </message>
    <message>
        <source>cannot listen on {name!r}: {errorString}</source>
        <translation>kan inte lyssna på {name!r}: {errorString}</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Skickar</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Försöker igen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Lösenord behövs</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutet</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norska</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danska</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tyska</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Franska</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanska</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Not used by any article. “Remove unused photos” deletes it.</source>
        <translation>Används inte av någon artikel. ”Ta bort oanvända foton” raderar det.</translation>
    </message>
    <message>
        <source>Used in:
</source>
        <translation>Används i:
</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Edit Link</source>
        <translation>Redigera länk</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Infoga länk</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Länkadress</translation>
    </message>
    <message>
        <source>https://example.com/page</source>
        <translation>https://example.com/sida</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>Länktext</translation>
    </message>
    <message>
        <source>The words readers click (the address if left empty)</source>
        <translation>Orden som läsarna klickar på (adressen om fältet lämnas tomt)</translation>
    </message>
    <message>
        <source>Link address check</source>
        <translation>Kontroll av länkadressen</translation>
    </message>
    <message>
        <source>Update Link</source>
        <translation>Uppdatera länk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>Ta bort länk</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Ta bort länken</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adress</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&lt;i&gt;{problem}&lt;/i&gt;</source>
        <translation>&lt;i&gt;{problem}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Links to {url}</source>
        <translation>Länkar till {url}</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>Filter by status</source>
        <translation>Filtrera på status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sektion</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Behöver åtgärd</translation>
    </message>
    <message>
        <source>Only articles edited here since they were sent, in conflict with the site, or refused by it</source>
        <translation>Bara artiklar som ändrats här sedan de skickades, som är i konflikt med sajten eller som sajten avvisat</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papperskorg</translation>
    </message>
    <message>
        <source>Show the articles in the Trash (Ctrl+Shift+D)</source>
        <translation>Visa artiklarna i papperskorgen (Ctrl+Shift+D)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the store…</source>
        <translation>Öppnar arkivet…</translation>
    </message>
    <message>
        <source>Select an article in the list, or press Ctrl+N for a new one.</source>
        <translation>Välj en artikel i listan, eller tryck Ctrl+N för en ny.</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Sidopanel</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artiklar</translation>
    </message>
    <message>
        <source>Words, characters and reading time</source>
        <translation>Ord, tecken och lästid</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Sparläge</translation>
    </message>
    <message>
        <source>In the Trash: {n}</source>
        <translation>I papperskorgen: {n}</translation>
    </message>
    <message>
        <source>{shown}{more} of {articles} match</source>
        <translation>{shown}{more} av {articles} matchar</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Your latest edits could not be saved. Quit anyway and lose them?</source>
        <translation>Dina senaste ändringar kunde inte sparas. Avsluta ändå och förlora dem?</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Show the technical detail (for your IT support)</source>
        <translation>Visa den tekniska informationen (för din IT-support)</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Teknisk information</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <source>Off (recommended): the GPS position and other private camera data (serial number, owner)
are removed from every copy that leaves this machine: the web photo, uploads and exports.
On: the location stays in the published photo, where anyone who downloads it can read it.
Turn it on only when the place is meant to be public and the photographer agrees.</source>
        <translation>Av (rekommenderas): GPS-positionen och andra privata kamerauppgifter (serienummer, ägare)
tas bort ur alla kopior som lämnar den här datorn: webbfotot, uppladdningar och exporter.
På: platsen finns kvar i det publicerade fotot, där alla som laddar ner det kan läsa den.
Slå bara på det när platsen ska vara offentlig och fotografen går med på det.</translation>
    </message>
    <message>
        <source>Select a photo to edit its caption, credit and alt text.</source>
        <translation>Välj ett foto för att redigera bildtext, fotograf och alt-text.</translation>
    </message>
    <message>
        <source>{name} · {width} × {height} px · {size_text}</source>
        <translation>{name} · {width} × {height} px · {size_text}</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>alt text</source>
        <translation>alt-text</translation>
    </message>
    <message>
        <source>Not used by any article</source>
        <translation>Används inte av någon artikel</translation>
    </message>
    <message>
        <source>Used in: </source>
        <translation>Används i: </translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Namnlös artikel</translation>
    </message>
    <message>
        <source> (in the trash)</source>
        <translation> (i papperskorgen)</translation>
    </message>
</context>
<context>
    <name>OutboxJobModel</name>
    <message>
        <source>Publish</source>
        <translation>Publicera</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Avpublicera</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Flytta till papperskorgen</translation>
    </message>
    <message>
        <source>Article {id}</source>
        <translation>Artikel {id}</translation>
    </message>
    <message>
        <source>Site {id}</source>
        <translation>Sajt {id}</translation>
    </message>
    <message>
        <source>{size} of {size2} sent</source>
        <translation>{size} av {size2} skickat</translation>
    </message>
    <message>
        <source>Last error: {last_error}</source>
        <translation>Senaste fel: {last_error}</translation>
    </message>
    <message>
        <source>Next try: {relative_time}</source>
        <translation>Nästa försök: {relative_time}</translation>
    </message>
    <message>
        <source>Updated {when}</source>
        <translation>Uppdaterad {when}</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>No jobs in the outbox.

Publish an article (Publish › Publish…) and it is sent from here.</source>
        <translation>Inga jobb i utkorgen.

Publicera en artikel (Publicera › Publicera…) så skickas den härifrån.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Utkorg</translation>
    </message>
    <message>
        <source>Outbox jobs</source>
        <translation>Jobb i utkorgen</translation>
    </message>
    <message>
        <source>Job rows</source>
        <translation>Jobbrader</translation>
    </message>
    <message>
        <source>Job columns</source>
        <translation>Jobbkolumner</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Jobbdetaljer</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Send the selected job again now</source>
        <translation>Skicka det markerade jobbet igen nu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop and drop the selected job</source>
        <translation>Stoppa och släpp det markerade jobbet</translation>
    </message>
    <message>
        <source>Resolve conflict…</source>
        <translation>Lös konflikt…</translation>
    </message>
    <message>
        <source>Compare the site&apos;s version with yours and choose</source>
        <translation>Jämför sajtens version med din och välj</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Öppna i webbläsaren</translation>
    </message>
    <message>
        <source>Open the post on the site</source>
        <translation>Öppna inlägget på sajten</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{color}; font-weight:600;&apos;&gt;{e}&lt;/span&gt; · queued {e2}</source>
        <translation>&lt;span style=&apos;color:{color}; font-weight:600;&apos;&gt;{e}&lt;/span&gt; · köat {e2}</translation>
    </message>
    <message>
        <source> · {attempts} attempt{value}</source>
        <translation> · försök: {attempts}</translation>
    </message>
    <message>
        <source>{format_size} of {format_size2} sent ({progress:.0%})</source>
        <translation>{format_size} av {format_size2} skickat ({progress:.0%})</translation>
    </message>
    <message>
        <source>Retrying at {e}, or press Retry.</source>
        <translation>Försöker igen {e}, eller tryck Försök igen.</translation>
    </message>
    <message>
        <source>Someone changed the post on the site. Press Resolve conflict… to compare.</source>
        <translation>Någon ändrade inlägget på sajten. Tryck Lös konflikt… för att jämföra.</translation>
    </message>
    <message>
        <source>Enter the site&apos;s application password again, then Retry.</source>
        <translation>Ange sajtens applikationslösenord igen och tryck sedan Försök igen.</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Dölj detaljer</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666666;&apos;&gt;&lt;i&gt;Select a job to see its details.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666666;&apos;&gt;&lt;i&gt;Välj ett jobb för att se detaljerna.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OutboxWords</name>
    <message>
        <source>Resolved: took the site&apos;s version</source>
        <translation>Löst: tog sajtens version</translation>
    </message>
    <message>
        <source>Resolved: kept this copy</source>
        <translation>Löst: behöll den här kopian</translation>
    </message>
    <message>
        <source>Resolved: your choices sent</source>
        <translation>Löst: dina val skickades</translation>
    </message>
    <message>
        <source>Retrying at {clock_time}.</source>
        <translation>Försöker igen {clock_time}.</translation>
    </message>
    <message>
        <source>Retrying later.</source>
        <translation>Försöker igen senare.</translation>
    </message>
    <message>
        <source>Not sent: the post was changed on the site. Resolve the conflict to go on.</source>
        <translation>Inte skickat: inlägget ändrades på sajten. Lös konflikten för att gå vidare.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Väntar på att skickas</translation>
    </message>
    <message>
        <source>{going} to send</source>
        <translation>{going} att skicka</translation>
    </message>
    <message>
        <source>{stuck} need{value} you</source>
        <translation>{stuck} behöver dig</translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>Allt skickat</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Inget väntar</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>No headings yet: start a line of the body with ## for a heading (### for a subheading).</source>
        <translation>Inga mellanrubriker än: börja en rad i brödtexten med ## för en mellanrubrik (### för en underrubrik).</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Headings of the body</source>
        <translation>Brödtextens mellanrubriker</translation>
    </message>
    <message>
        <source>Press Enter on a heading to go to it in the body.</source>
        <translation>Tryck Enter på en mellanrubrik för att gå till den i brödtexten.</translation>
    </message>
    <message>
        <source>Outline header</source>
        <translation>Dispositionens rubrik</translation>
    </message>
    <message>
        <source>(empty heading)</source>
        <translation>(tom mellanrubrik)</translation>
    </message>
</context>
<context>
    <name>PageLabels</name>
    <message>
        <source>cannot be read ({error})</source>
        <translation>kan inte läsas ({error})</translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}: {error})</source>
        <translation>är inte giltig JSON (rad {line}: {error})</translation>
    </message>
    <message>
        <source>must be a JSON object such as {{&quot;photo&quot;: &quot;Bild&quot;}}</source>
        <translation>måste vara ett JSON-objekt, till exempel {{&quot;photo&quot;: &quot;Bild&quot;}}</translation>
    </message>
    <message>
        <source>&quot;months&quot; must be a list of 12 month names</source>
        <translation>&quot;months&quot; måste vara en lista med 12 månadsnamn</translation>
    </message>
    <message>
        <source>unknown label &quot;{name}&quot; (known: {known}, months)</source>
        <translation>okänd etikett &quot;{name}&quot; (kända: {known}, months)</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; must be a text, got {value}</source>
        <translation>&quot;{name}&quot; måste vara en text, men här står {value}</translation>
    </message>
    <message>
        <source>&quot;read_time&quot; must hold {{minutes}}, as in &quot;{{minutes}} MIN LÄSNING&quot;</source>
        <translation>&quot;read_time&quot; måste innehålla {{minutes}}, som i &quot;{{minutes}} MIN LÄSNING&quot;</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Select an article to see its history.</source>
        <translation>Välj en artikel för att se dess historik.</translation>
    </message>
    <message>
        <source>Select an article to see its photos.</source>
        <translation>Välj en artikel för att se dess foton.</translation>
    </message>
    <message>
        <source>No photos yet.

Add photos…, drop image files here,
or paste a photo (Ctrl+V).</source>
        <translation>Inga foton än.

Lägg till foton…, släpp bildfiler här
eller klistra in ett foto (Ctrl+V).</translation>
    </message>
    <message>
        <source>The full preview is turned off.</source>
        <translation>Den fullständiga förhandsgranskningen är avstängd.</translation>
    </message>
    <message>
        <source>Simplified preview: the full preview is unavailable. {reason} Columns, spacing and sizes may differ from the published page.</source>
        <translation>Förenklad förhandsgranskning: den fullständiga förhandsgranskningen är inte tillgänglig. {reason} Spalter, avstånd och storlekar kan skilja sig från den publicerade sidan.</translation>
    </message>
    <message>
        <source>Nothing to preview</source>
        <translation>Inget att förhandsgranska</translation>
    </message>
    <message>
        <source>Select an article to see its page here.</source>
        <translation>Välj en artikel för att se dess sida här.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Enter the application password</source>
        <translation>Ange applikationslösenordet</translation>
    </message>
    <message>
        <source>Application password for {name}</source>
        <translation>Applikationslösenord för {name}</translation>
    </message>
    <message>
        <source>Enter the application password of &lt;b&gt;{e}&lt;/b&gt; on &lt;b&gt;{e2}&lt;/b&gt;. Make one on the site under &lt;i&gt;Users › Profile › Application Passwords&lt;/i&gt;; it is kept in your system keyring only.</source>
        <translation>Ange applikationslösenordet för &lt;b&gt;{e}&lt;/b&gt; på &lt;b&gt;{e2}&lt;/b&gt;. Skapa ett på sajten under &lt;i&gt;Användare › Profil › Applikationslösenord&lt;/i&gt;; det sparas bara i systemets nyckelring.</translation>
    </message>
    <message>
        <source>This site&apos;s address is plain http://: the password travels across the network readable by anyone on the way. Ask for the site&apos;s https:// address if it has one.</source>
        <translation>Sajtens adress är vanlig http://: lösenordet färdas över nätverket läsbart för alla på vägen. Fråga efter sajtens https://-adress om den har en.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Application password</source>
        <translation>Applikationslösenord</translation>
    </message>
    <message>
        <source>xxxx xxxx xxxx xxxx xxxx xxxx</source>
        <translation>xxxx xxxx xxxx xxxx xxxx xxxx</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <source>&amp;Application password:</source>
        <translation>&amp;Applikationslösenord:</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Kontrollera och spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Checking the site…</source>
        <translation>Kontrollerar sajten…</translation>
    </message>
</context>
<context>
    <name>PersonalWordsEditor</name>
    <message>
        <source>Personal dictionary language</source>
        <translation>Den personliga ordlistans språk</translation>
    </message>
    <message>
        <source>Personal dictionary words, one a line</source>
        <translation>Ord i den personliga ordlistan, ett per rad</translation>
    </message>
    <message>
        <source>One word a line: spell checking accepts them in this language.</source>
        <translation>Ett ord per rad: stavningskontrollen godtar dem på det här språket.</translation>
    </message>
    <message>
        <source>Personal &amp;dictionary</source>
        <translation>Personlig &amp;ordlista</translation>
    </message>
    <message>
        <source>Kept in {path}</source>
        <translation>Sparas i {path}</translation>
    </message>
</context>
<context>
    <name>PhotoChipDrawing</name>
    <message>
        <source>Missing photo: {title}</source>
        <translation>Foto saknas: {title}</translation>
    </message>
</context>
<context>
    <name>PhotoChips</name>
    <message>
        <source>Missing photo: no photo of this article has the reference photo:{ref}…
Attach the photo in the Photos tab (Library…), or delete this reference.</source>
        <translation>Foto saknas: inget foto i artikeln har referensen photo:{ref}…
Koppla fotot på fliken Foton (Bibliotek…), eller ta bort referensen.</translation>
    </message>
    <message>
        <source>Photo: {title}
Double-click to edit in Photos</source>
        <translation>Foto: {title}
Dubbelklicka för att redigera i Foton</translation>
    </message>
    <message>
        <source>No caption yet</source>
        <translation>Ingen bildtext än</translation>
    </message>
    <message>
        <source>No credit yet</source>
        <translation>Ingen fotograf än</translation>
    </message>
    <message>
        <source>Double-click to edit in Photos</source>
        <translation>Dubbelklicka för att redigera i Foton</translation>
    </message>
</context>
<context>
    <name>PhotoCropDialog</name>
    <message>
        <source>Crop photo</source>
        <translation>Beskär foto</translation>
    </message>
    <message>
        <source>Crop {value}</source>
        <translation>Beskärning {value}</translation>
    </message>
    <message>
        <source>Click the picture to set the focal point: what the crop keeps in view.</source>
        <translation>Klicka på bilden för att sätta fokuspunkten: det som beskärningen håller i bild.</translation>
    </message>
    <message>
        <source>Aspect:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Aspect {value}</source>
        <translation>Format {value}</translation>
    </message>
    <message>
        <source>Drag the box or its corners</source>
        <translation>Dra i rutan eller dess hörn</translation>
    </message>
    <message>
        <source>The largest {label} box around the focal point</source>
        <translation>Den största rutan i formatet {label} runt fokuspunkten</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Reset the crop</source>
        <translation>Återställ beskärningen</translation>
    </message>
    <message>
        <source>The whole photo, focal point in the centre</source>
        <translation>Hela fotot, fokuspunkten i mitten</translation>
    </message>
    <message>
        <source>Crop size</source>
        <translation>Beskärningens storlek</translation>
    </message>
    <message>
        <source>Apply the crop</source>
        <translation>Använd beskärningen</translation>
    </message>
    <message>
        <source>Apply crop</source>
        <translation>Beskär</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Crop not applied</source>
        <translation>Beskärningen gjordes inte</translation>
    </message>
    <message>
        <source>The photo could not be shown: {exc}</source>
        <translation>Fotot kunde inte visas: {exc}</translation>
    </message>
    <message>
        <source>Whole photo</source>
        <translation>Hela fotot</translation>
    </message>
    <message>
        <source>focal point {x:.0%} across, {y:.0%} down</source>
        <translation>fokuspunkt {x:.0%} in, {y:.0%} ner</translation>
    </message>
    <message>
        <source>{what}: {width} × {height} px · {value} · {focal}</source>
        <translation>{what}: {width} × {height} px · {value} · {focal}</translation>
    </message>
</context>
<context>
    <name>PhotoImportBar</name>
    <message>
        <source>Import progress</source>
        <translation>Importförlopp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Avbryt importen</translation>
    </message>
    <message>
        <source>Stop after the photo being added; the ones added so far stay</source>
        <translation>Stoppa efter fotot som läggs till; de som redan lagts till finns kvar</translation>
    </message>
    <message>
        <source>Adding {n} photo…</source>
        <translation>Lägger till {n} foto…</translation>
    </message>
    <message>
        <source>Adding {n} photos…</source>
        <translation>Lägger till {n} foton…</translation>
    </message>
</context>
<context>
    <name>PhotoImportController</name>
    <message>
        <source>pasted image</source>
        <translation>inklistrad bild</translation>
    </message>
</context>
<context>
    <name>PhotoImportResult</name>
    <message>
        <source>Added {count} photo{value}.</source>
        <translation>Foton tillagda: {count}.</translation>
    </message>
    <message>
        <source>{text} Cancelled: {cancelled} not added.</source>
        <translation>{text} Avbrutet: {cancelled} lades inte till.</translation>
    </message>
    <message>
        <source>A photo was not added</source>
        <translation>Ett foto lades inte till</translation>
    </message>
    <message>
        <source>{count} photos were not added</source>
        <translation>{count} foton lades inte till</translation>
    </message>
    <message>
        <source>; the others were added</source>
        <translation>; de andra lades till</translation>
    </message>
    <message>
        <source>{count} of {total} {noun} could not be added{others}:

{failure_message}</source>
        <translation>{count} av {total} kunde inte läggas till{others}:

{failure_message}</translation>
    </message>
</context>
<context>
    <name>PhotoLibraryDialog</name>
    <message>
        <source>Photo library</source>
        <translation>Fotobibliotek</translation>
    </message>
    <message>
        <source>Search photos</source>
        <translation>Sök foton</translation>
    </message>
    <message>
        <source>Search caption, credit, photographer, source or file name</source>
        <translation>Sök i bildtext, byline, fotograf, källa eller filnamn</translation>
    </message>
    <message>
        <source>Photos in the library</source>
        <translation>Foton i biblioteket</translation>
    </message>
    <message>
        <source>Where this photo is used</source>
        <translation>Var fotot används</translation>
    </message>
    <message>
        <source>Remove unused photos…</source>
        <translation>Ta bort oanvända foton…</translation>
    </message>
    <message>
        <source>Delete every photo that no article uses, with its files</source>
        <translation>Radera alla foton som ingen artikel använder, med sina filer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>Photo not added</source>
        <translation>Fotot lades inte till</translation>
    </message>
    <message>
        <source>The newest {count} {noun}; search to narrow</source>
        <translation>De {count} senaste; sök för att begränsa</translation>
    </message>
    <message>
        <source>{count} {noun} match</source>
        <translation>Träffar: {count}</translation>
    </message>
    <message>
        <source>The library could not be read: {exc}</source>
        <translation>Biblioteket kunde inte läsas: {exc}</translation>
    </message>
    <message>
        <source>Unused photos not removed</source>
        <translation>De oanvända fotona togs inte bort</translation>
    </message>
    <message>
        <source>Select a photo to see where it is used.</source>
        <translation>Välj ett foto för att se var det används.</translation>
    </message>
    <message>
        <source>Photographer: {photographer}</source>
        <translation>Fotograf: {photographer}</translation>
    </message>
    <message>
        <source>Needed to publish: {join}</source>
        <translation>Behövs för att publicera: {join}</translation>
    </message>
    <message>
        <source>Already in this article</source>
        <translation>Finns redan i artikeln</translation>
    </message>
    <message>
        <source>Use in this article</source>
        <translation>Använd i artikeln</translation>
    </message>
    <message>
        <source>Open an article first</source>
        <translation>Öppna en artikel först</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <source>{width} × {height} px</source>
        <translation>{width} × {height} px</translation>
    </message>
    <message>
        <source>Featured photo</source>
        <translation>Huvudbild</translation>
    </message>
    <message>
        <source>Needed to publish: {join}</source>
        <translation>Behövs för att publicera: {join}</translation>
    </message>
</context>
<context>
    <name>PhotoMetadataForm</name>
    <message>
        <source>Photo details</source>
        <translation>Fotouppgifter</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildtext</translation>
    </message>
    <message>
        <source>What happens in the photo</source>
        <translation>Vad som händer på bilden</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Byline</translation>
    </message>
    <message>
        <source>e.g. KCNA via AP/TT</source>
        <translation>t.ex. KCNA via AP/TT</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alt-text</translation>
    </message>
    <message>
        <source>What the photo shows, for readers who cannot see it</source>
        <translation>Vad fotot visar, för läsare som inte kan se det</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Fotograf</translation>
    </message>
    <message>
        <source>e.g. Lee Jin-man</source>
        <translation>t.ex. Lee Jin-man</translation>
    </message>
    <message>
        <source>Copyright and usage terms</source>
        <translation>Upphovsrätt och villkor</translation>
    </message>
    <message>
        <source>e.g. © AP. Editorial use only</source>
        <translation>t.ex. © AP. Endast redaktionell användning</translation>
    </message>
    <message>
        <source>Source agency</source>
        <translation>Bildbyrå</translation>
    </message>
    <message>
        <source>e.g. AP, TT, Reuters</source>
        <translation>t.ex. AP, TT, Reuters</translation>
    </message>
    <message>
        <source>Keep location (GPS) for this photo</source>
        <translation>Behåll platsen (GPS) för det här fotot</translation>
    </message>
    <message>
        <source>Credit line as the page prints it</source>
        <translation>Bylinen som sidan skriver ut den</translation>
    </message>
    <message>
        <source>The credit line under the photo on the published page.</source>
        <translation>Bylinen under fotot på den publicerade sidan.</translation>
    </message>
    <message>
        <source>Needed to publish</source>
        <translation>Behövs för att publicera</translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation>Bild&amp;text</translation>
    </message>
    <message>
        <source>C&amp;redit</source>
        <translation>B&amp;yline</translation>
    </message>
    <message>
        <source>Prints as</source>
        <translation>Skrivs ut som</translation>
    </message>
    <message>
        <source>&amp;Alt text</source>
        <translation>&amp;Alt-text</translation>
    </message>
    <message>
        <source>P&amp;hotographer</source>
        <translation>F&amp;otograf</translation>
    </message>
    <message>
        <source>Cop&amp;yright</source>
        <translation>&amp;Upphovsrätt</translation>
    </message>
    <message>
        <source>Sour&amp;ce</source>
        <translation>&amp;Källa</translation>
    </message>
    <message>
        <source>Needed to publish: {join}.</source>
        <translation>Behövs för att publicera: {join}.</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>alt-text</translation>
    </message>
    <message>
        <source>Needed to publish: add the {name}.</source>
        <translation>Behövs för att publicera: lägg till {name}.</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Photos</source>
        <translation>Foton</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Lägg till foton…</translation>
    </message>
    <message>
        <source>Library…</source>
        <translation>Bibliotek…</translation>
    </message>
    <message>
        <source>Photo library</source>
        <translation>Fotobibliotek</translation>
    </message>
    <message>
        <source>Photos of this article</source>
        <translation>Artikelns foton</translation>
    </message>
    <message>
        <source>Set as featured</source>
        <translation>Gör till huvudbild</translation>
    </message>
    <message>
        <source>Set as featured photo</source>
        <translation>Gör till artikelns huvudbild</translation>
    </message>
    <message>
        <source>Insert in body</source>
        <translation>Infoga i brödtexten</translation>
    </message>
    <message>
        <source>Crop…</source>
        <translation>Beskär…</translation>
    </message>
    <message>
        <source>Remove from article</source>
        <translation>Ta bort ur artikeln</translation>
    </message>
    <message>
        <source>Photo details</source>
        <translation>Fotouppgifter</translation>
    </message>
    <message>
        <source>Paste photo</source>
        <translation>Klistra in foto</translation>
    </message>
    <message>
        <source>The clipboard holds no photo.</source>
        <translation>Urklippet innehåller inget foto.</translation>
    </message>
    <message>
        <source>Photos ({count})</source>
        <translation>Foton ({count})</translation>
    </message>
    <message>
        <source>The photos could not be read: {exc}</source>
        <translation>Fotona kunde inte läsas: {exc}</translation>
    </message>
    <message>
        <source>Photo details not saved</source>
        <translation>Fotouppgifterna sparades inte</translation>
    </message>
    <message>
        <source>These changes to photo {photo_id} could not be saved. Copy them and try again:

{fields}</source>
        <translation>Ändringarna av foto {photo_id} kunde inte sparas. Kopiera dem och försök igen:

{fields}</translation>
    </message>
    <message>
        <source>The photo store is closed.</source>
        <translation>Fotoarkivet är stängt.</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Inte sparat: {message}</translation>
    </message>
    <message>
        <source>Unset featured</source>
        <translation>Ta bort som huvudbild</translation>
    </message>
    <message>
        <source>Unset featured photo</source>
        <translation>Ta bort som artikelns huvudbild</translation>
    </message>
</context>
<context>
    <name>PhotoPanelTexts</name>
    <message>
        <source>Photo captions not replaced</source>
        <translation>Bildtexterna ersattes inte</translation>
    </message>
</context>
<context>
    <name>PhotoRowDelegate</name>
    <message>
        <source>No credit</source>
        <translation>Ingen byline</translation>
    </message>
    <message>
        <source>⚠ Needs {join}</source>
        <translation>⚠ Behöver {join}</translation>
    </message>
</context>
<context>
    <name>PhotoTileDelegate</name>
    <message>
        <source>Used in {len} article{value}</source>
        <translation>Används i artiklar: {len}</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Används inte</translation>
    </message>
    <message>
        <source>No credit</source>
        <translation>Ingen byline</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message>
        <source>article</source>
        <translation>artikel</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>artiklar</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artiklar</translation>
    </message>
    <message>
        <source>more article</source>
        <translation>artikel till</translation>
    </message>
    <message>
        <source>more articles</source>
        <translation>artiklar till</translation>
    </message>
    <message>
        <source>more match</source>
        <translation>träff till</translation>
    </message>
    <message>
        <source>more matches</source>
        <translation>träffar till</translation>
    </message>
    <message>
        <source>new section</source>
        <translation>ny sektion</translation>
    </message>
    <message>
        <source>new sections</source>
        <translation>nya sektioner</translation>
    </message>
    <message>
        <source>section</source>
        <translation>sektion</translation>
    </message>
    <message>
        <source>sections</source>
        <translation>sektioner</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>bild</translation>
    </message>
    <message>
        <source>pictures</source>
        <translation>bilder</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>tagg</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>taggar</translation>
    </message>
    <message>
        <source>article is</source>
        <translation>artikel ligger</translation>
    </message>
    <message>
        <source>articles are</source>
        <translation>artiklar ligger</translation>
    </message>
    <message>
        <source>article was</source>
        <translation>artikel har</translation>
    </message>
    <message>
        <source>articles were</source>
        <translation>artiklar har</translation>
    </message>
    <message>
        <source>chosen article</source>
        <translation>vald artikel</translation>
    </message>
    <message>
        <source>chosen articles</source>
        <translation>valda artiklar</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>konflikt</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>konflikter</translation>
    </message>
    <message>
        <source>new article</source>
        <translation>ny artikel</translation>
    </message>
    <message>
        <source>new articles</source>
        <translation>nya artiklar</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>ersättning</translation>
    </message>
    <message>
        <source>replacements</source>
        <translation>ersättningar</translation>
    </message>
    <message>
        <source>misspelling</source>
        <translation>felstavning</translation>
    </message>
    <message>
        <source>misspellings</source>
        <translation>felstavningar</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Set by your organisation</source>
        <translation>Inställt av din organisation</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>Redigerarens typsnitt</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source> s idle</source>
        <translation> s utan aktivitet</translation>
    </message>
    <message>
        <source>Default byline</source>
        <translation>Standardbyline</translation>
    </message>
    <message>
        <source>Byline for new articles</source>
        <translation>Byline för nya artiklar</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Standardspråk</translation>
    </message>
    <message>
        <source>Byline format</source>
        <translation>Bylineformat</translation>
    </message>
    <message>
        <source>How new articles&apos; bylines are written: {NAME_FIELD} is the default byline</source>
        <translation>Hur nya artiklars byline skrivs: {NAME_FIELD} är standardbylinen</translation>
    </message>
    <message>
        <source>Page template folder</source>
        <translation>Mapp för sidmall</translation>
    </message>
    <message>
        <source>Default template</source>
        <translation>Standardmall</translation>
    </message>
    <message>
        <source>A folder with article.html and style.css: the site&apos;s own page look</source>
        <translation>En mapp med article.html och style.css: sajtens egen sidlayout</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Choose a page template folder</source>
        <translation>Välj en mapp för sidmallen</translation>
    </message>
    <message>
        <source>Editor &amp;font</source>
        <translation>Redigerarens &amp;typsnitt</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Teckenstorlek</translation>
    </message>
    <message>
        <source>Autosave after</source>
        <translation>Spara automatiskt efter</translation>
    </message>
    <message>
        <source>Font &amp;size</source>
        <translation>Tecken&amp;storlek</translation>
    </message>
    <message>
        <source>&amp;Autosave after</source>
        <translation>Spara &amp;automatiskt efter</translation>
    </message>
    <message>
        <source>Default &amp;byline</source>
        <translation>Standard&amp;byline</translation>
    </message>
    <message>
        <source>Byline f&amp;ormat</source>
        <translation>Byline&amp;format</translation>
    </message>
    <message>
        <source>Default &amp;language</source>
        <translation>Standard&amp;språk</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Gränssnittets språk</translation>
    </message>
    <message>
        <source>Page &amp;template</source>
        <translation>Sid&amp;mall</translation>
    </message>
    <message>
        <source>As you type</source>
        <translation>Medan du skriver</translation>
    </message>
    <message>
        <source>Greyed-out settings are set by your organisation.</source>
        <translation>Gråade inställningar är inställda av din organisation.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Gränssnittets språk</translation>
    </message>
    <message>
        <source>The language of menus and dialogs; it applies at the next start</source>
        <translation>Språket i menyer och dialogrutor; det gäller från nästa start</translation>
    </message>
    <message>
        <source>Applies when the app next starts.</source>
        <translation>Gäller från nästa gång appen startar.</translation>
    </message>
    <message>
        <source>&amp;Quotes: &quot; and &apos; become the language&apos;s quotes</source>
        <translation>&amp;Citattecken: &quot; och &apos; blir språkets citattecken</translation>
    </message>
    <message>
        <source>&amp;Dashes: &quot; - &quot; and &quot;--&quot; become &quot; – &quot;</source>
        <translation>Tan&amp;kstreck: &quot; - &quot; och &quot;--&quot; blir &quot; – &quot;</translation>
    </message>
    <message>
        <source>&amp;No-break spaces: &quot;5 km&quot;, &quot;10 000&quot; (Swedish)</source>
        <translation>&amp;Hårda mellanslag: &quot;5 km&quot;, &quot;10 000&quot; (svenska)</translation>
    </message>
    <message>
        <source>Corrected as you type; Ctrl+Z right after gives back what you typed</source>
        <translation>Rättas medan du skriver; Ctrl+Z direkt efteråt ger tillbaka det du skrev</translation>
    </message>
    <message>
        <source>New articles: {byline}</source>
        <translation>Nya artiklar: {byline}</translation>
    </message>
    <message>
        <source>New articles: no byline</source>
        <translation>Nya artiklar: ingen byline</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>The headline is {len} characters long; keep it to {headline_limit}.</source>
        <translation>Rubriken är {len} tecken lång; håll den inom {headline_limit}.</translation>
    </message>
    <message>
        <source>Another article has the same headline.</source>
        <translation>En annan artikel har samma rubrik.</translation>
    </message>
    <message>
        <source>The standfirst is empty.</source>
        <translation>Ingressen är tom.</translation>
    </message>
    <message>
        <source>A link to {href} has no text.</source>
        <translation>En länk till {href} saknar text.</translation>
    </message>
    <message>
        <source>A link has no text.</source>
        <translation>En länk saknar text.</translation>
    </message>
    <message>
        <source>Photo {name}: a credit is required to publish (e.g. KCNA via AP/TT).</source>
        <translation>Foto {name}: byline krävs för att publicera (t.ex. KCNA via AP/TT).</translation>
    </message>
    <message>
        <source>Photo {name}: alt text is required to publish (what the photo shows, for readers who cannot see it).</source>
        <translation>Foto {name}: alt-text krävs för att publicera (vad fotot visar, för läsare som inte kan se det).</translation>
    </message>
    <message>
        <source>A headline is required to publish.</source>
        <translation>En rubrik krävs för att publicera.</translation>
    </message>
    <message>
        <source>Choose a section before publishing.</source>
        <translation>Välj en sektion före publicering.</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>Brödtexten är tom.</translation>
    </message>
</context>
<context>
    <name>PreflightListWidget</name>
    <message>
        <source>Publishing checks</source>
        <translation>Publiceringskontroller</translation>
    </message>
    <message>
        <source>Click to go to the field</source>
        <translation>Klicka för att gå till fältet</translation>
    </message>
    <message>
        <source>✓ Ready to publish: nothing blocks it.</source>
        <translation>✓ Klar att publicera: inget hindrar.</translation>
    </message>
    <message>
        <source>{blockers} to fix before publishing</source>
        <translation>{blockers} att åtgärda före publicering</translation>
    </message>
    <message>
        <source>{warnings} to consider</source>
        <translation>{warnings} att överväga</translation>
    </message>
    <message>
        <source>Checks: </source>
        <translation>Kontroller: </translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Desktop · 1200 px</source>
        <translation>Dator · 1200 px</translation>
    </message>
    <message>
        <source>Tablet · 768 px</source>
        <translation>Surfplatta · 768 px</translation>
    </message>
    <message>
        <source>Phone · 390 px</source>
        <translation>Mobil · 390 px</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>QtWebEngine failed to start ({exc}).</source>
        <translation>QtWebEngine kunde inte starta ({exc}).</translation>
    </message>
    <message>
        <source>Preview width</source>
        <translation>Förhandsgranskningens bredd</translation>
    </message>
    <message>
        <source>Lay the page out as on a desktop, a tablet or a phone</source>
        <translation>Visa sidan som på en dator, en surfplatta eller en mobil</translation>
    </message>
    <message>
        <source>Save the preview as PDF</source>
        <translation>Spara förhandsgranskningen som PDF</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>Preview notice</source>
        <translation>Meddelande om förhandsgranskningen</translation>
    </message>
    <message>
        <source>The preview could not be made</source>
        <translation>Förhandsgranskningen kunde inte göras</translation>
    </message>
    <message>
        <source>The page could not be rendered</source>
        <translation>Sidan kunde inte renderas</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving PDF…</source>
        <translation>Sparar PDF…</translation>
    </message>
    <message>
        <source>PDF saved.</source>
        <translation>PDF:en sparades.</translation>
    </message>
    <message>
        <source>The PDF could not be written: {path}</source>
        <translation>PDF:en kunde inte skrivas: {path}</translation>
    </message>
</context>
<context>
    <name>PreviewStage</name>
    <message>
        <source>Preview area</source>
        <translation>Förhandsgranskningsyta</translation>
    </message>
</context>
<context>
    <name>PreviewTab</name>
    <message>
        <source>Open in Window</source>
        <translation>Öppna i fönster</translation>
    </message>
    <message>
        <source>Back to the Tab</source>
        <translation>Tillbaka till fliken</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Open the preview in its own window</source>
        <translation>Öppna förhandsgranskningen i ett eget fönster</translation>
    </message>
    <message>
        <source>Show the page in a window of its own, large enough for the desktop width</source>
        <translation>Visa sidan i ett eget fönster, stort nog för datorbredden</translation>
    </message>
    <message>
        <source>The page is showing in its own window.</source>
        <translation>Sidan visas i ett eget fönster.</translation>
    </message>
    <message>
        <source>Show the Window</source>
        <translation>Visa fönstret</translation>
    </message>
    <message>
        <source>Show the preview window</source>
        <translation>Visa förhandsgranskningsfönstret</translation>
    </message>
    <message>
        <source>Bring the preview back to the tab</source>
        <translation>Ta tillbaka förhandsgranskningen till fliken</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>Preview window</source>
        <translation>Förhandsgranskningsfönster</translation>
    </message>
    <message>
        <source>Preview: {page_title} – {APP_NAME}</source>
        <translation>Förhandsgranskning: {page_title} – {APP_NAME}</translation>
    </message>
    <message>
        <source>Preview – {APP_NAME}</source>
        <translation>Förhandsgranskning – {APP_NAME}</translation>
    </message>
</context>
<context>
    <name>PublicationBar</name>
    <message>
        <source>Update</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Lös…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Published {when}</source>
        <translation>Publicerad {when}</translation>
    </message>
    <message>
        <source>Scheduled for {relative_time}</source>
        <translation>Schemalagd till {relative_time}</translation>
    </message>
    <message>
        <source>On the site</source>
        <translation>På sajten</translation>
    </message>
    <message>
        <source>Updated {when}</source>
        <translation>Uppdaterad {when}</translation>
    </message>
    <message>
        <source>{site}: Not on the site yet</source>
        <translation>{site}: Inte på sajten än</translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Ange lösenord…</translation>
    </message>
    <message>
        <source>Sending to {site}</source>
        <translation>Skickar till {site}</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Öppna i webbläsaren</translation>
    </message>
    <message>
        <source>Open in browser ({site})</source>
        <translation>Öppna i webbläsaren ({site})</translation>
    </message>
</context>
<context>
    <name>PublicationState</name>
    <message>
        <source>Today, </source>
        <translation>Idag, </translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Väntar på granskning</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Publicera nu</translation>
    </message>
    <message>
        <source>Schedule at</source>
        <translation>Schemalägg till</translation>
    </message>
    <message>
        <source>Keep the site&apos;s status</source>
        <translation>Behåll sajtens status</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicera</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>No destinations yet — add your site.</source>
        <translation>Inga destinationer än — lägg till din sajt.</translation>
    </message>
    <message>
        <source>Destinations…</source>
        <translation>Destinationer…</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinationer</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination:</translation>
    </message>
    <message>
        <source>Status on the site</source>
        <translation>Status på sajten</translation>
    </message>
    <message>
        <source>Update the post&apos;s text; its status and date stay as they are on the site.</source>
        <translation>Uppdatera inläggets text; dess status och datum förblir som på sajten.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Publish at (local time)</source>
        <translation>Publicera (lokal tid)</translation>
    </message>
    <message>
        <source>Local time on this computer; sent to the site in UTC.</source>
        <translation>Lokal tid på den här datorn; skickas till sajten i UTC.</translation>
    </message>
    <message>
        <source>Scheduled time here and on the site</source>
        <translation>Schemalagd tid här och på sajten</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(ingen rubrik)</translation>
    </message>
    <message>
        <source>on the site</source>
        <translation>på sajten</translation>
    </message>
    <message>
        <source>  ({lower} there)</source>
        <translation>  ({lower} där)</translation>
    </message>
    <message>
        <source>Keep the site&apos;s status ({status})</source>
        <translation>Behåll sajtens status ({status})</translation>
    </message>
    <message>
        <source>last sent {relative_time}</source>
        <translation>senast skickad {relative_time}</translation>
    </message>
    <message>
        <source>Already on this site: {join}.
Publishing updates that post: {link}</source>
        <translation>Finns redan på den här sajten: {join}.
Publiceringen uppdaterar det inlägget: {link}</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>A new post is created on {url}.</source>
        <translation>Ett nytt inlägg skapas på {url}.</translation>
    </message>
    <message>
        <source>Fix what the checks list first (click one to go to the field).</source>
        <translation>Åtgärda det som kontrollerna listar först (klicka på en för att gå till fältet).</translation>
    </message>
    <message>
        <source>Add a destination first.</source>
        <translation>Lägg till en destination först.</translation>
    </message>
    <message>
        <source>Put the article in the outbox; it is sent in the background.</source>
        <translation>Lägg artikeln i utkorgen; den skickas i bakgrunden.</translation>
    </message>
    <message>
        <source>Fix what the checks list before publishing (click one to go to the field).</source>
        <translation>Åtgärda det som kontrollerna listar före publicering (klicka på en för att gå till fältet).</translation>
    </message>
</context>
<context>
    <name>PublishingController</name>
    <message>
        <source>Your latest edits are not saved yet; the update waits for them.</source>
        <translation>Dina senaste ändringar är inte sparade än; uppdateringen väntar på dem.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Select an article to publish.</source>
        <translation>Välj en artikel att publicera.</translation>
    </message>
    <message>
        <source>Your latest edits are not saved yet; publishing waits for them.</source>
        <translation>Dina senaste ändringar är inte sparade än; publiceringen väntar på dem.</translation>
    </message>
    <message>
        <source>“{headline}” is in the outbox for {destination_name}; it is sent in the background.</source>
        <translation>”{headline}” ligger i utkorgen för {destination_name}; den skickas i bakgrunden.</translation>
    </message>
    <message>
        <source>Move the post to the site&apos;s trash?</source>
        <translation>Flytta inlägget till sajtens papperskorg?</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Flytta till papperskorgen</translation>
    </message>
    <message>
        <source>The post is moved to the trash on {sites}; readers no longer see it. The article stays here, and an administrator can restore the post from the site&apos;s trash.</source>
        <translation>Inlägget flyttas till papperskorgen på {sites}; läsarna ser det inte längre. Artikeln finns kvar här, och en administratör kan återställa inlägget från sajtens papperskorg.</translation>
    </message>
    <message>
        <source>Unpublish?</source>
        <translation>Avpublicera?</translation>
    </message>
    <message>
        <source>The post goes back to draft on {sites}; readers no longer see it. The article stays here and can be published again.</source>
        <translation>Inlägget blir utkast igen på {sites}; läsarna ser det inte längre. Artikeln finns kvar här och kan publiceras igen.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Utkorg</translation>
    </message>
    <message>
        <source>The site&apos;s version is now the article&apos;s latest revision.</source>
        <translation>Sajtens version är nu artikelns senaste version.</translation>
    </message>
    <message>
        <source>The fields you chose from the site are a new revision. {step}.</source>
        <translation>Fälten du valde från sajten är en ny version. {step}.</translation>
    </message>
    <message>
        <source>Edit the article, then press Retry in the Outbox to send it.</source>
        <translation>Redigera artikeln och tryck sedan Försök igen i Utkorgen för att skicka den.</translation>
    </message>
    <message>
        <source>{count} job(s) to send or to look at</source>
        <translation>{count} jobb att skicka eller titta på</translation>
    </message>
    <message>
        <source>Nothing waits</source>
        <translation>Inget väntar</translation>
    </message>
    <message>
        <source>The outbox could not run: {message}</source>
        <translation>Utkorgen kunde inte köras: {message}</translation>
    </message>
    <message>
        <source>{name}: password saved; {count} job(s) sent again.</source>
        <translation>{name}: lösenordet sparat; {count} jobb skickade igen.</translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <source>Pull from site</source>
        <translation>Hämta från sajt</translation>
    </message>
    <message>
        <source>Bring the site&apos;s posts into this workstation, with their sections, tags and featured photos. Only posts changed since the last pull are read; articles you edited here are never overwritten.</source>
        <translation>Hämta sajtens inlägg till den här arbetsstationen, med sektioner, taggar och huvudbilder. Bara inlägg som ändrats sedan senaste hämtningen läses; artiklar du redigerat här skrivs aldrig över.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Hämta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>No destinations yet — add your site under Publish › Destinations….</source>
        <translation>Inga destinationer än — lägg till din sajt under Publicera › Destinationer….</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Klart.</translation>
    </message>
    <message>
        <source>Pull again</source>
        <translation>Hämta igen</translation>
    </message>
</context>
<context>
    <name>PullSummary</name>
    <message>
        <source>and {value} more</source>
        <translation>och {value} till</translation>
    </message>
    <message>
        <source>{plural}, {len} updated</source>
        <translation>{plural}, {len} uppdaterade</translation>
    </message>
    <message>
        <source>{counts}, {len} kept.</source>
        <translation>{counts}, {len} behållna.</translation>
    </message>
    <message>
        <source>New: {names}</source>
        <translation>Nya: {names}</translation>
    </message>
    <message>
        <source>Updated from the site: {names}</source>
        <translation>Uppdaterade från sajten: {names}</translation>
    </message>
    <message>
        <source>Kept because edited here: {names}. Your edits stay; publishing shows both versions.</source>
        <translation>Behållna eftersom de redigerats här: {names}. Dina ändringar finns kvar; publiceringen visar båda versionerna.</translation>
    </message>
    <message>
        <source>{plural} added, {plural2} matched with the site&apos;s.</source>
        <translation>{plural} tillagda, {plural2} matchade mot sajtens.</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Inga problem.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Recover…</source>
        <translation>Räddning…</translation>
    </message>
    <message>
        <source>This store is damaged and open read-only: you can read and export articles, not change them. Restore a backup or salvage the articles with Recover.</source>
        <translation>Arkivet är skadat och öppnat skrivskyddat: du kan läsa och exportera artiklar, inte ändra dem. Återställ en säkerhetskopia eller rädda artiklarna med Räddning.</translation>
    </message>
    <message>
        <source>This store is on read-only media (its folder cannot be written): you can read and export articles, not change them.</source>
        <translation>Arkivet ligger på ett skrivskyddat medium (det går inte att skriva i dess mapp): du kan läsa och exportera artiklar, inte ändra dem.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Säkerhetskopian är återställd</translation>
    </message>
    <message>
        <source>The backup is the store now. Start the app again to open it.</source>
        <translation>Säkerhetskopian är nu arkivet. Starta om programmet för att öppna det.</translation>
    </message>
</context>
<context>
    <name>RecoveryScreen</name>
    <message>
        <source>The store is damaged</source>
        <translation>Arkivet är skadat</translation>
    </message>
    <message>
        <source>Nothing is written to a damaged store. Restore one of its backups, or salvage every article that can still be read: they are exported as Markdown with their photos, and a fresh store is built from them in a folder you choose.</source>
        <translation>Inget skrivs till ett skadat arkiv. Återställ en av dess säkerhetskopior, eller rädda alla artiklar som fortfarande går att läsa: de exporteras som Markdown med sina bilder, och ett nytt arkiv byggs av dem i en mapp som du väljer.</translation>
    </message>
    <message>
        <source>Backups of this store, newest first:</source>
        <translation>Säkerhetskopior av arkivet, nyaste först:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Återställ den här säkerhetskopian</translation>
    </message>
    <message>
        <source>Salvage articles…</source>
        <translation>Rädda artiklar…</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Öppna skrivskyddat</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>{kb} KB</source>
        <translation>{kb} kB</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Inga säkerhetskopior än.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daglig</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>före en uppgradering</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>gjord för hand</translation>
    </message>
    <message>
        <source>The backup becomes the store; the damaged store is kept beside it, renamed. Changes made after the backup are not in it.</source>
        <translation>Säkerhetskopian blir arkivet; det skadade arkivet sparas bredvid, med nytt namn. Ändringar gjorda efter säkerhetskopian finns inte med.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Återställa den här säkerhetskopian?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Återställer säkerhetskopian…</translation>
    </message>
    <message>
        <source>Backup restored. Opening the store…</source>
        <translation>Säkerhetskopian är återställd. Arkivet öppnas…</translation>
    </message>
    <message>
        <source>Salvage the articles into an empty folder</source>
        <translation>Rädda artiklarna till en tom mapp</translation>
    </message>
    <message>
        <source>Salvaging the articles…</source>
        <translation>Räddar artiklarna…</translation>
    </message>
    <message>
        <source>Salvaged {saved} articles as Markdown into {folder} ({lost} could not be read). A fresh store of {imported} articles is in {store}: start the app with --data-dir {out} to use it.</source>
        <translation>{saved} artiklar räddades som Markdown till {folder} ({lost} gick inte att läsa). Ett nytt arkiv med {imported} artiklar finns i {store}: starta programmet med --data-dir {out} för att använda det.</translation>
    </message>
</context>
<context>
    <name>RemoteStatus</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Väntar på granskning</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Schemalagd</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papperskorg</translation>
    </message>
</context>
<context>
    <name>ReplaceAllCommand</name>
    <message>
        <source>Replace All</source>
        <translation>Ersätt alla</translation>
    </message>
</context>
<context>
    <name>ReplaceArticlesDialog</name>
    <message>
        <source>Replace in selected articles</source>
        <translation>Ersätt i markerade artiklar</translation>
    </message>
    <message>
        <source>Replace in Selected Articles</source>
        <translation>Ersätt i markerade artiklar</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>i papperskorgen</translation>
    </message>
    <message>
        <source>chosen in the list</source>
        <translation>valda i listan</translation>
    </message>
    <message>
        <source>Replace in the {plural} {where}: headline, standfirst, body, and the captions and alt text of their photos. Nothing changes until you apply; each article gets one entry in its History, and the status bar offers to undo.</source>
        <translation>Ersätt i {plural} {where}: rubrik, ingress, brödtext samt deras fotons bildtexter och alt-texter. Inget ändras förrän du verkställer; varje artikel får en post i sin historik, och statusfältet erbjuder att ångra.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>What to find</source>
        <translation>Vad som ska hittas</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersätt med</translation>
    </message>
    <message>
        <source>What it becomes</source>
        <translation>Vad det blir</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>&amp;Skiftlägeskänslig</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Skiftlägeskänslig</translation>
    </message>
    <message>
        <source>Whole wor&amp;ds</source>
        <translation>Hela &amp;ord</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Bara hela ord</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Reguljärt &amp;uttryck</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Reguljärt uttryck</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Replace with</source>
        <translation>&amp;Ersätt med</translation>
    </message>
    <message>
        <source>What the replacement changes</source>
        <translation>Vad ersättningen ändrar</translation>
    </message>
    <message>
        <source>Preview of every change</source>
        <translation>Förhandsvisning av varje ändring</translation>
    </message>
    <message>
        <source>Type what to find: every change shows here before anything is written.</source>
        <translation>Skriv vad som ska hittas: varje ändring visas här innan något skrivs.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <source>Replace in the articles</source>
        <translation>Ersätt i artiklarna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Clear {lower}</source>
        <translation>Rensa {lower}</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Letar…</translation>
    </message>
    <message>
        <source>The articles could not be read: {exc}</source>
        <translation>Artiklarna kunde inte läsas: {exc}</translation>
    </message>
    <message>
        <source>Replace in {plural}</source>
        <translation>Ersätt i {plural}</translation>
    </message>
    <message>
        <source>Replacing in {plural}…</source>
        <translation>Ersätter i {plural}…</translation>
    </message>
    <message>
        <source>Nothing more was replaced: {message}</source>
        <translation>Inget mer ersattes: {message}</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <source>&lt;p class=&apos;more&apos;&gt;… and {plural} (Apply changes them too).&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;more&apos;&gt;… och {plural} (Verkställ ändrar dem också).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(ingen rubrik)</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;more&apos;&gt;… and {plural}&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;more&apos;&gt;… och {plural}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReplaceOutcome</name>
    <message>
        <source>Nothing was replaced.</source>
        <translation>Inget ersattes.</translation>
    </message>
    <message>
        <source>Replaced {count} in {plural}</source>
        <translation>Ersatte {count} i {plural}</translation>
    </message>
</context>
<context>
    <name>ReplacePlan</name>
    <message>
        <source>No articles to search.</source>
        <translation>Inga artiklar att söka i.</translation>
    </message>
    <message>
        <source>No matches in the {plural}.</source>
        <translation>Inga träffar i {plural}.</translation>
    </message>
    <message>
        <source>{text} ({unchanged} {value} none).</source>
        <translation>{text} ({unchanged} utan träffar).</translation>
    </message>
    <message>
        <source>{plural} in the trash and left as {value} (open the Trash view to replace there).</source>
        <translation>{plural} i papperskorgen och lämnas orörda (öppna papperskorgen för att ersätta där).</translation>
    </message>
    <message>
        <source>{plural} deleted meanwhile.</source>
        <translation>{plural} raderats under tiden.</translation>
    </message>
</context>
<context>
    <name>ReplaceUndoOffer</name>
    <message>
        <source>the replacement in the articles</source>
        <translation>ersättningen i artiklarna</translation>
    </message>
    <message>
        <source>Undo the replacement</source>
        <translation>Ångra ersättningen</translation>
    </message>
</context>
<context>
    <name>ReportProblem</name>
    <message>
        <source>Save a Problem Report</source>
        <translation>Spara en problemrapport</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-arkiv (*.zip)</translation>
    </message>
    <message>
        <source>Problem Report Saved</source>
        <translation>Problemrapporten är sparad</translation>
    </message>
    <message>
        <source>The problem report is saved as {path}. Attach it to your message to support: it holds the log, the versions and the settings, never the text of an article or a password.</source>
        <translation>Problemrapporten är sparad som {path}. Bifoga den i ditt meddelande till supporten: den innehåller loggen, versionerna och inställningarna, aldrig texten i en artikel eller ett lösenord.</translation>
    </message>
    <message>
        <source>Problem report not saved</source>
        <translation>Problemrapporten sparades inte</translation>
    </message>
</context>
<context>
    <name>RevisionChange</name>
    <message>
        <source>No changes</source>
        <translation>Inga ändringar</translation>
    </message>
</context>
<context>
    <name>RevisionListModel</name>
    <message>
        <source> (edits since {relative_time})</source>
        <translation> (ändringar sedan {relative_time})</translation>
    </message>
    <message>
        <source>
Changed: {join}</source>
        <translation>
Ändrat: {join}</translation>
    </message>
    <message>
        <source>
This version matches the current text.</source>
        <translation>
Den här versionen är samma som den nuvarande texten.</translation>
    </message>
</context>
<context>
    <name>SectionDeleteDialog</name>
    <message>
        <source>Delete section</source>
        <translation>Ta bort sektion</translation>
    </message>
    <message>
        <source>“{name}” holds {count:,} {noun}. Move them to:</source>
        <translation>”{name}” innehåller artiklar: {count:,}. Flytta dem till:</translation>
    </message>
    <message>
        <source>Move articles to</source>
        <translation>Flytta artiklarna till</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>översta nivån</translation>
    </message>
    <message>
        <source>Its sub-sections move up to {where}.</source>
        <translation>Dess undersektioner flyttas upp till {where}.</translation>
    </message>
</context>
<context>
    <name>SectionNameDialog</name>
    <message>
        <source>Section name</source>
        <translation>Sektionens namn</translation>
    </message>
    <message>
        <source>e.g. Sports</source>
        <translation>t.ex. Sport</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>SectionParentDialog</name>
    <message>
        <source>Move section</source>
        <translation>Flytta sektion</translation>
    </message>
    <message>
        <source>Move “{name}” under:</source>
        <translation>Flytta ”{name}” under:</translation>
    </message>
    <message>
        <source>New parent section</source>
        <translation>Ny överordnad sektion</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
</context>
<context>
    <name>SectionPicker</name>
    <message>
        <source>No section</source>
        <translation>Ingen sektion</translation>
    </message>
</context>
<context>
    <name>SectionPickerWidget</name>
    <message>
        <source>Section</source>
        <translation>Sektion</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sektioner</translation>
    </message>
    <message>
        <source>Section column</source>
        <translation>Sektionskolumn</translation>
    </message>
</context>
<context>
    <name>SectionTreePanel</name>
    <message>
        <source>Sections</source>
        <translation>Sektioner</translation>
    </message>
    <message>
        <source>Section columns</source>
        <translation>Sektionskolumner</translation>
    </message>
    <message>
        <source>&amp;Add section</source>
        <translation>&amp;Lägg till sektion</translation>
    </message>
    <message>
        <source>Add a top-level section</source>
        <translation>Lägg till en sektion på översta nivån</translation>
    </message>
    <message>
        <source>Add s&amp;ub-section</source>
        <translation>Lägg till &amp;undersektion</translation>
    </message>
    <message>
        <source>Add a section under the selected one</source>
        <translation>Lägg till en sektion under den markerade</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>Rename (F2)</source>
        <translation>Byt namn (F2)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Flytta upp (Ctrl+Upp)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytta &amp;ner</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Flytta ner (Ctrl+Ner)</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>&amp;Indrag</translation>
    </message>
    <message>
        <source>Put it under the section above it (Ctrl+Right)</source>
        <translation>Lägg den under sektionen ovanför (Ctrl+Höger)</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>&amp;Utdrag</translation>
    </message>
    <message>
        <source>Move it up one level, after its parent (Ctrl+Left)</source>
        <translation>Flytta den upp en nivå, efter sin överordnade (Ctrl+Vänster)</translation>
    </message>
    <message>
        <source>Mo&amp;ve to…</source>
        <translation>Flytta &amp;till…</translation>
    </message>
    <message>
        <source>Move it under another section</source>
        <translation>Flytta den under en annan sektion</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Delete the section (Delete)</source>
        <translation>Ta bort sektionen (Delete)</translation>
    </message>
    <message>
        <source>The order here is the site&apos;s navigation order. Drag a section to move it.</source>
        <translation>Ordningen här är sajtens navigeringsordning. Dra en sektion för att flytta den.</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Lägg till sektion</translation>
    </message>
    <message>
        <source>Add sub-section</source>
        <translation>Lägg till undersektion</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Could not add the section</source>
        <translation>Sektionen kunde inte läggas till</translation>
    </message>
    <message>
        <source>Could not rename the section</source>
        <translation>Sektionen kunde inte byta namn</translation>
    </message>
    <message>
        <source>Could not move the section</source>
        <translation>Sektionen kunde inte flyttas</translation>
    </message>
    <message>
        <source> Its sub-sections move up one level.</source>
        <translation> Dess undersektioner flyttas upp en nivå.</translation>
    </message>
    <message>
        <source>Delete the section “{name}”? It holds no articles.{extra}</source>
        <translation>Ta bort sektionen ”{name}”? Den innehåller inga artiklar.{extra}</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Ta bort sektion</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Could not delete the section</source>
        <translation>Sektionen kunde inte tas bort</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrera kortkommandon</translation>
    </message>
    <message>
        <source>Filter: a command or a key, e.g. bold or ctrl+shift</source>
        <translation>Filter: ett kommando eller en tangent, t.ex. fet eller ctrl+shift</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kortkommando</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>{menu} menu</source>
        <translation>Menyn {menu}</translation>
    </message>
    <message>
        <source>No command or key matches “{strip}”.</source>
        <translation>Inget kommando eller ingen tangent matchar ”{strip}”.</translation>
    </message>
</context>
<context>
    <name>SiteState</name>
    <message>
        <source>In sync with the site</source>
        <translation>I takt med sajten</translation>
    </message>
    <message>
        <source>Edited here since it was sent</source>
        <translation>Ändrad här sedan den skickades</translation>
    </message>
    <message>
        <source>waiting to send</source>
        <translation>väntar på att skickas</translation>
    </message>
    <message>
        <source>Sending: {value}</source>
        <translation>Skickar: {value}</translation>
    </message>
    <message>
        <source>Will retry at {time}: {reason}</source>
        <translation>Försöker igen {time}: {reason}</translation>
    </message>
    <message>
        <source>Will retry at {time}</source>
        <translation>Försöker igen {time}</translation>
    </message>
    <message>
        <source>Will retry later: {reason}</source>
        <translation>Försöker igen senare: {reason}</translation>
    </message>
    <message>
        <source>Will retry later</source>
        <translation>Försöker igen senare</translation>
    </message>
    <message>
        <source>Not updated: the post was changed on the site at {time}</source>
        <translation>Inte uppdaterad: inlägget ändrades på sajten {time}</translation>
    </message>
    <message>
        <source>Not updated: the post was changed on the site</source>
        <translation>Inte uppdaterad: inlägget ändrades på sajten</translation>
    </message>
    <message>
        <source>Failed: password needed. {reason}</source>
        <translation>Misslyckades: lösenord behövs. {reason}</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Misslyckades: {reason}</translation>
    </message>
    <message>
        <source>{site} refused the update: the post changed on the site. Resolve it in the Outbox.</source>
        <translation>{site} avvisade uppdateringen: inlägget ändrades på sajten. Lös det i Utkorgen.</translation>
    </message>
    <message>
        <source>{site} needs the password again before anything more is sent.</source>
        <translation>{site} behöver lösenordet igen innan något mer skickas.</translation>
    </message>
    <message>
        <source>{site} refused it: {value}</source>
        <translation>{site} avvisade den: {value}</translation>
    </message>
    <message>
        <source>Edited here since it was sent to {site}: Update sends the changes.</source>
        <translation>Ändrad här sedan den skickades till {site}: Uppdatera skickar ändringarna.</translation>
    </message>
    <message>
        <source>{site} has the article as it is here.</source>
        <translation>{site} har artikeln som den är här.</translation>
    </message>
</context>
<context>
    <name>SiteStatus</name>
    <message>
        <source>Published</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Schemalagd</translation>
    </message>
    <message>
        <source>{label} on a site</source>
        <translation>{label} på en sajt</translation>
    </message>
    <message>
        <source>{label} elsewhere (on no site here)</source>
        <translation>{label} på annat håll (på ingen sajt här)</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>There is no data folder to keep a personal word list in.</source>
        <translation>Det finns ingen datamapp att spara en personlig ordlista i.</translation>
    </message>
    <message>
        <source>Could not open the spelling dictionary {file}: {error}</source>
        <translation>Kunde inte öppna stavningsordlistan {file}: {error}</translation>
    </message>
    <message>
        <source>Could not read the personal word list {path}: {error}</source>
        <translation>Kunde inte läsa den personliga ordlistan {path}: {error}</translation>
    </message>
    <message>
        <source>Could not write the personal word list {path}: {error}</source>
        <translation>Kunde inte spara den personliga ordlistan {path}: {error}</translation>
    </message>
    <message>
        <source>Could not start the spelling suggestions: {error}</source>
        <translation>Kunde inte starta stavningsförslagen: {error}</translation>
    </message>
    <message>
        <source>it ended</source>
        <translation>processen avslutades</translation>
    </message>
    <message>
        <source>The spelling suggestions stopped: {reason}.</source>
        <translation>Stavningsförslagen slutade fungera: {reason}.</translation>
    </message>
    <message>
        <source>No suggestions from {file}: {error}</source>
        <translation>Inga förslag från {file}: {error}</translation>
    </message>
    <message>
        <source>Could not write the words ignored in articles, {path}: {error}</source>
        <translation>Kunde inte spara orden som ignoreras i artiklar, {path}: {error}</translation>
    </message>
    <message>
        <source>Could not read the words ignored in articles, {path}: {error}</source>
        <translation>Kunde inte läsa orden som ignoreras i artiklar, {path}: {error}</translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <source>Spelling {name}: {error}</source>
        <translation>Stavning {name}: {error}</translation>
    </message>
    <message>
        <source>No dictionary for this language.</source>
        <translation>Ingen ordlista för det här språket.</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <source>Finding suggestions…</source>
        <translation>Söker förslag…</translation>
    </message>
    <message>
        <source>&amp;Add “{word}” to Dictionary</source>
        <translation>&amp;Lägg till ”{word}” i ordlistan</translation>
    </message>
    <message>
        <source>&amp;Ignore in This Article</source>
        <translation>&amp;Ignorera i den här artikeln</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Inga förslag</translation>
    </message>
    <message>
        <source>No suggestions ({message})</source>
        <translation>Inga förslag ({message})</translation>
    </message>
    <message>
        <source>Set &amp;Language of Selection</source>
        <translation>Markeringens &amp;språk</translation>
    </message>
    <message>
        <source>The Article&apos;s Language</source>
        <translation>Artikelns språk</translation>
    </message>
</context>
<context>
    <name>SpellingPanel</name>
    <message>
        <source>No misspellings in this article.</source>
        <translation>Inga felstavningar i den här artikeln.</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Stavning</translation>
    </message>
    <message>
        <source>Misspellings in the article</source>
        <translation>Felstavningar i artikeln</translation>
    </message>
    <message>
        <source>Press Enter on a misspelling to select it in its field.</source>
        <translation>Tryck Enter på en felstavning för att markera den i dess fält.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Ord</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Sammanhang</translation>
    </message>
    <message>
        <source>Spelling header</source>
        <translation>Stavningslistans rubrikrad</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Föregående</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
</context>
<context>
    <name>SpellingWiring</name>
    <message>
        <source>Headline</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Ingress</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Brödtext</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Källnotis</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildtext</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alt-text</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Stavning</translation>
    </message>
    <message>
        <source>Spelling ({count})</source>
        <translation>Stavning ({count})</translation>
    </message>
    <message>
        <source>Misspellings in the article</source>
        <translation>Felstavningar i artikeln</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>&apos;{value}&apos; is set by publishing to a site, not by hand; the workflow status is one of {allowed}</source>
        <translation>&apos;{value}&apos; sätts av publicering till en sajt, inte för hand; arbetsflödets status är en av {allowed}</translation>
    </message>
    <message>
        <source>{value!r} is not one of {allowed}</source>
        <translation>{value!r} är inte en av {allowed}</translation>
    </message>
</context>
<context>
    <name>TagEditorWidget</name>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Lägg till tagg</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Lägg till tagg…</translation>
    </message>
    <message>
        <source>Tag {tag}</source>
        <translation>Tagg {tag}</translation>
    </message>
    <message>
        <source>Remove tag {tag}</source>
        <translation>Ta bort taggen {tag}</translation>
    </message>
    <message>
        <source>Remove “{tag}”</source>
        <translation>Ta bort ”{tag}”</translation>
    </message>
</context>
<context>
    <name>TagMergeDialog</name>
    <message>
        <source>Merge tags</source>
        <translation>Slå ihop taggar</translation>
    </message>
    <message>
        <source>Merge {len} tags into:</source>
        <translation>Slå ihop {len} taggar till:</translation>
    </message>
    <message>
        <source>Keep tag</source>
        <translation>Behåll taggen</translation>
    </message>
    <message>
        <source>The other tags are removed; their articles get the tag you keep.</source>
        <translation>De andra taggarna tas bort; deras artiklar får taggen du behåller.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message>
        <source>{name} (slug {slug}), used by {usage_count} article(s)</source>
        <translation>{name} (slug {slug}), används av {usage_count} artikel/artiklar</translation>
    </message>
</context>
<context>
    <name>TagTablePanel</name>
    <message>
        <source>Filter tags</source>
        <translation>Filtrera taggar</translation>
    </message>
    <message>
        <source>Filter tags…</source>
        <translation>Filtrera taggar…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Tag rows</source>
        <translation>Taggrader</translation>
    </message>
    <message>
        <source>Tag columns (click to sort)</source>
        <translation>Taggkolumner (klicka för att sortera)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>Rename the tag (F2)</source>
        <translation>Byt namn på taggen (F2)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Slå ihop…</translation>
    </message>
    <message>
        <source>Merge the selected tags into one</source>
        <translation>Slå ihop de markerade taggarna till en</translation>
    </message>
    <message>
        <source>Select two or more tags to merge them, or rename one to an existing tag.</source>
        <translation>Markera två eller fler taggar för att slå ihop dem, eller byt namn på en till en befintlig tagg.</translation>
    </message>
    <message>
        <source>Could not rename the tag</source>
        <translation>Taggen kunde inte byta namn</translation>
    </message>
    <message>
        <source>A tag named “{name}” already exists. Merge “{name2}” into it? Its {usage_count:,} article(s) get “{name}” instead.</source>
        <translation>Det finns redan en tagg som heter ”{name}”. Slå ihop ”{name2}” med den? Dess {usage_count:,} artikel/artiklar får ”{name}” i stället.</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Slå ihop taggar</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
    <message>
        <source>Could not merge the tags</source>
        <translation>Taggarna kunde inte slås ihop</translation>
    </message>
</context>
<context>
    <name>TaxonomyDialog</name>
    <message>
        <source>Sections and Tags</source>
        <translation>Sektioner och taggar</translation>
    </message>
    <message>
        <source>Sections and tags</source>
        <translation>Sektioner och taggar</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sektioner</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <source>{original_filename}: the thumbnail could not be read</source>
        <translation>{original_filename}: miniatyren kunde inte läsas</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
    <message>
        <source>Today, {time}</source>
        <translation>Idag {time}</translation>
    </message>
    <message>
        <source>Yesterday, {time}</source>
        <translation>Igår {time}</translation>
    </message>
    <message>
        <source>{day} {month} {year}, {time}</source>
        <translation>{day} {month} {year} {time}</translation>
    </message>
    <message>
        <source>{day} {month}, {time}</source>
        <translation>{day} {month} {time}</translation>
    </message>
</context>
<context>
    <name>TrashBanner</name>
    <message>
        <source>In the Trash</source>
        <translation>I papperskorgen</translation>
    </message>
    <message>
        <source>This article cannot be edited while it is in the Trash. Restore it to edit it again.</source>
        <translation>Artikeln kan inte redigeras medan den ligger i papperskorgen. Återställ den för att redigera den igen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Take the article out of the Trash and edit it (Ctrl+Shift+R)</source>
        <translation>Ta ut artikeln ur papperskorgen och redigera den (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Restore from the Trash</source>
        <translation>Återställ från papperskorgen</translation>
    </message>
</context>
<context>
    <name>TrashCommands</name>
    <message>
        <source>Unpublish and move to Trash</source>
        <translation>Avpublicera och flytta till papperskorgen</translation>
    </message>
    <message>
        <source>Move to Trash only</source>
        <translation>Bara flytta till papperskorgen</translation>
    </message>
    <message>
        <source>published on {sites}</source>
        <translation>publicerad på {sites}</translation>
    </message>
    <message>
        <source>scheduled on {sites}</source>
        <translation>schemalagd på {sites}</translation>
    </message>
    <message>
        <source>{quoted} is {join}.</source>
        <translation>{quoted} är {join}.</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>sajten</translation>
    </message>
    <message>
        <source>the sites</source>
        <translation>sajterna</translation>
    </message>
    <message>
        <source> {format} does not take {it} off {site}.</source>
        <translation> {format} tar inte bort {it} från {site}.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Flytta till papperskorgen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Still on the site</source>
        <translation>Finns kvar på sajten</translation>
    </message>
    <message>
        <source> and unpublished it</source>
        <translation> och avpublicerade den</translation>
    </message>
    <message>
        <source> and unpublished</source>
        <translation> och avpublicerade</translation>
    </message>
    <message>
        <source>Moved {what} to the Trash{unpublished} ·</source>
        <translation>Flyttade {what} till papperskorgen{unpublished} ·</translation>
    </message>
    <message>
        <source>Restored {what} from the Trash.</source>
        <translation>Återställde {what} från papperskorgen.</translation>
    </message>
    <message>
        <source>Restored {what}.</source>
        <translation>Återställde {what}.</translation>
    </message>
    <message>
        <source>Delete permanently?</source>
        <translation>Radera permanent?</translation>
    </message>
    <message>
        <source>Delete {len} articles permanently?</source>
        <translation>Radera {len} artiklar permanent?</translation>
    </message>
    <message>
        <source>{named} will be deleted with {value} history. This cannot be undone.</source>
        <translation>{named} raderas med sin historik. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Deleting {it} here</source>
        <translation>Att radera {it} här</translation>
    </message>
    <message>
        <source>

{still} Unpublish first (Publish › Unpublish) if readers should no longer see it.</source>
        <translation>

{still} Avpublicera först (Publicera › Avpublicera) om läsarna inte längre ska se den.</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Radera permanent</translation>
    </message>
    <message>
        <source>Deleted {what} permanently.</source>
        <translation>Raderade {what} permanent.</translation>
    </message>
    <message>
        <source>Restored {quoted}: it can be edited again.</source>
        <translation>Återställde {quoted}: den kan redigeras igen.</translation>
    </message>
    <message>
        <source>Article commands</source>
        <translation>Artikelkommandon</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>Kept here until you delete them permanently.</source>
        <translation>Sparas här tills du raderar dem permanent.</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>Papperskorgen är tom.</translation>
    </message>
</context>
<context>
    <name>TrashViewHeader</name>
    <message>
        <source>Trash</source>
        <translation>Papperskorg</translation>
    </message>
    <message>
        <source>Back to articles</source>
        <translation>Tillbaka till artiklarna</translation>
    </message>
    <message>
        <source>Leave the Trash (Ctrl+Shift+D)</source>
        <translation>Lämna papperskorgen (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Take the selected articles out of the Trash (Ctrl+Shift+R)</source>
        <translation>Ta ut de markerade artiklarna ur papperskorgen (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Restore the selected articles</source>
        <translation>Återställ de markerade artiklarna</translation>
    </message>
    <message>
        <source>Delete permanently…</source>
        <translation>Radera permanent…</translation>
    </message>
    <message>
        <source>Delete the selected articles and their history for good (Del)</source>
        <translation>Radera de markerade artiklarna och deras historik för gott (Del)</translation>
    </message>
    <message>
        <source>Delete the selected articles permanently</source>
        <translation>Radera de markerade artiklarna permanent</translation>
    </message>
</context>
<context>
    <name>UndoOffer</name>
    <message>
        <source>Undo {what}</source>
        <translation>Ångra {what}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>UndoOutcome</name>
    <message>
        <source>Undone in {plural}.</source>
        <translation>Ångrat i {plural}.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Inget att ångra.</translation>
    </message>
    <message>
        <source> {plural} edited since and {value} kept as now.</source>
        <translation> {plural} redigerats sedan dess och behålls som de är.</translation>
    </message>
</context>
<context>
    <name>WebPreview</name>
    <message>
        <source>Preview page</source>
        <translation>Förhandsgranskad sida</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Article</source>
        <translation>&amp;Ny artikel</translation>
    </message>
    <message>
        <source>&amp;Import Markdown…</source>
        <translation>&amp;Importera Markdown…</translation>
    </message>
    <message>
        <source>&amp;Export as Markdown…</source>
        <translation>&amp;Exportera som Markdown…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML Page…</source>
        <translation>Exportera som &amp;HTML-sida…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exportera som P&amp;DF…</translation>
    </message>
    <message>
        <source>Add &amp;Photos…</source>
        <translation>Lägg till &amp;foton…</translation>
    </message>
    <message>
        <source>Photo &amp;Library…</source>
        <translation>Foto&amp;bibliotek…</translation>
    </message>
    <message>
        <source>Open Sa&amp;mple Article</source>
        <translation>Öppna exempelar&amp;tikeln</translation>
    </message>
    <message>
        <source>&amp;Save Checkpoint</source>
        <translation>&amp;Spara kontrollpunkt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Paste as Plain Te&amp;xt</source>
        <translation>Klistra in som oformaterad te&amp;xt</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>Find and R&amp;eplace…</source>
        <translation>Sök och e&amp;rsätt…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Sök &amp;nästa</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Sök &amp;föregående</translation>
    </message>
    <message>
        <source>Find in &amp;List</source>
        <translation>Sök i &amp;listan</translation>
    </message>
    <message>
        <source>Replace in Selected &amp;Articles…</source>
        <translation>Ersätt i markerade &amp;artiklar…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicera</translation>
    </message>
    <message>
        <source>Move to Tras&amp;h…</source>
        <translation>Flytta till &amp;papperskorgen…</translation>
    </message>
    <message>
        <source>&amp;Word Target…</source>
        <translation>&amp;Ordmål…</translation>
    </message>
    <message>
        <source>Rest&amp;ore from Trash</source>
        <translation>Åt&amp;erställ från papperskorgen</translation>
    </message>
    <message>
        <source>Delete Per&amp;manently…</source>
        <translation>Radera per&amp;manent…</translation>
    </message>
    <message>
        <source>Sections and Ta&amp;gs…</source>
        <translation>Sektioner och &amp;taggar…</translation>
    </message>
    <message>
        <source>House St&amp;yle…</source>
        <translation>&amp;Husstil…</translation>
    </message>
    <message>
        <source>Preference&amp;s…</source>
        <translation>Inst&amp;ällningar…</translation>
    </message>
    <message>
        <source>Article &amp;List</source>
        <translation>Artikel&amp;lista</translation>
    </message>
    <message>
        <source>&amp;Side Panel</source>
        <translation>&amp;Sidopanel</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Förhandsgranskning</translation>
    </message>
    <message>
        <source>Preview in &amp;Window</source>
        <translation>Förhandsgranska i fö&amp;nster</translation>
    </message>
    <message>
        <source>T&amp;rash</source>
        <translation>Papperskor&amp;g</translation>
    </message>
    <message>
        <source>&amp;Full-Screen Writing Mode</source>
        <translation>&amp;Helskärmsläge för skrivande</translation>
    </message>
    <message>
        <source>&amp;Typewriter Scrolling</source>
        <translation>&amp;Skrivmaskinsrullning</translation>
    </message>
    <message>
        <source>&amp;Dim All but the Current Paragraph</source>
        <translation>&amp;Tona ner allt utom aktuellt stycke</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Större text</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>&amp;Mindre text</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicera…</translation>
    </message>
    <message>
        <source>&amp;Unpublish (Back to Draft)…</source>
        <translation>&amp;Avpublicera (tillbaka till utkast)…</translation>
    </message>
    <message>
        <source>Move to the Site&apos;s &amp;Trash…</source>
        <translation>Flytta till sa&amp;jtens papperskorg…</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Öppna i webbläsaren</translation>
    </message>
    <message>
        <source>Show the Out&amp;box</source>
        <translation>Visa ut&amp;korgen</translation>
    </message>
    <message>
        <source>Pu&amp;ll from Site…</source>
        <translation>&amp;Hämta från sajt…</translation>
    </message>
    <message>
        <source>&amp;Destinations…</source>
        <translation>&amp;Destinationer…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>&amp;Rapportera ett problem…</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>&amp;Om {APP_NAME}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Writing Mode &amp;Options</source>
        <translation>&amp;Alternativ för skrivläget</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicera</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Personal dictionary not saved</source>
        <translation>Den personliga ordlistan sparades inte</translation>
    </message>
</context>
<context>
    <name>WordTargetPopup</name>
    <message>
        <source>Word target</source>
        <translation>Ordmål</translation>
    </message>
    <message>
        <source>&lt;b&gt;Word target for the body&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ordmål för brödtexten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Word target in words</source>
        <translation>Ordmål i ord</translation>
    </message>
    <message>
        <source> words</source>
        <translation> ord</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Inget mål</translation>
    </message>
    <message>
        <source>The words the body should have, such as a 400-word print slot. 0 for none.</source>
        <translation>Antalet ord brödtexten ska ha, till exempel en tidningsyta på 400 ord. 0 för inget.</translation>
    </message>
    <message>
        <source>&amp;No Target</source>
        <translation>&amp;Inget mål</translation>
    </message>
    <message>
        <source>No word target</source>
        <translation>Inget ordmål</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Sätt</translation>
    </message>
    <message>
        <source>Set the word target</source>
        <translation>Sätt ordmålet</translation>
    </message>
</context>
<context>
    <name>WritingView</name>
    <message>
        <source>Show details</source>
        <translation>Visa detaljer</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Dölj detaljer</translation>
    </message>
    <message>
        <source>Show the article&apos;s details</source>
        <translation>Visa artikelns detaljer</translation>
    </message>
    <message>
        <source>Section, status, tags, byline and the other fields, one click away</source>
        <translation>Sektion, status, taggar, byline och de andra fälten, ett klick bort</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <source>Fit · {percent}</source>
        <translation>Anpassa · {percent}</translation>
    </message>
</context>
<context>
    <name>ZoomControl</name>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zooma ut (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Zooma in (Ctrl+=)</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Zoomnivå</translation>
    </message>
    <message>
        <source>Fit the page&apos;s width, or show it at a size (Ctrl+0: fit)</source>
        <translation>Anpassa till sidans bredd, eller visa den i en viss storlek (Ctrl+0: anpassa)</translation>
    </message>
    <message>
        <source>Fit · 100%</source>
        <translation>Anpassa · 100 %</translation>
    </message>
    <message>
        <source>Fit the Width</source>
        <translation>Anpassa till bredden</translation>
    </message>
</context>
</TS>
