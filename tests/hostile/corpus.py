"""Hostile translations, modelled on the XSS filter-evasion cheat sheets (OWASP's, and the
mutation-XSS and parser-differential tricks that followed it).

Each payload is a msgstr a translator (or an attacker with write access to a PO file) could
submit. If any part of it ever ran in a reader's browser it would call ``__pwned("ID")`` (a
binding the browser test exposes), open a dialog, or set ``document.title`` to ``PWNED-ID``;
``ID`` is replaced by the payload's name. ``inline`` payloads translate a unit whose msgid is
``Item N: read <a_1>the report</a_1> and <em_2>this</em_2>.``; ``plain`` payloads translate a
unit without inline tags (an attribute value, a title, a heading).
"""

from __future__ import annotations

from dataclasses import dataclass

SOURCE_INLINE = "Item {n}: read <a_1>the report</a_1> and <em_2>this</em_2>."
SOURCE_PLAIN = "Plain item {n}."


@dataclass(frozen=True)
class Payload:
    name: str
    kind: str  # "inline" or "plain"
    text: str

    def render(self) -> str:
        return self.text.replace("ID", self.name)


_OK = "Lisez <a_1>le rapport</a_1> et <em_2>ceci</em_2>"  # a well-formed prefix the payloads hide behind

INLINE = [
    # plain script elements, in every spelling
    ("script-tag", f"{_OK} <script>__pwned('ID')</script>."),
    ("script-upper", f"{_OK} <SCRIPT>__pwned('ID')</SCRIPT>."),
    ("script-src-data", f"{_OK} <script src=data:text/javascript,__pwned('ID')></script>."),
    ("script-split", f"{_OK} <scr<script>ipt>__pwned('ID')</scr</script>ipt>."),
    ("script-namespaced", f"{_OK} <h:script xmlns:h='http://www.w3.org/1999/xhtml'>__pwned('ID')</h:script>."),
    ("script-after-close", "Lisez <a_1>le rapport</a_1></p><script>__pwned('ID')</script><p> et <em_2>ceci</em_2>."),
    ("script-break-tag", "Lisez <a_1>le rapport</a_1><script>document.title='PWNED-ID'</script> et <em_2>ceci</em_2>."),
    # event handlers
    ("img-onerror", f"{_OK} <img src=x onerror=__pwned('ID')>."),
    ("img-onerror-xml", f"{_OK} <img src='x' onerror=\"__pwned('ID')\"/>."),
    ("svg-onload", f"{_OK} <svg onload=__pwned('ID')>."),
    ("svg-script", f"{_OK} <svg><script>__pwned('ID')</script></svg>."),
    ("svg-animate", f"{_OK} <svg><animate onbegin=__pwned('ID') attributeName=x dur=1s/></svg>."),
    ("body-onload", f"{_OK} <body onload=__pwned('ID')>."),
    ("input-autofocus", f"{_OK} <input autofocus onfocus=__pwned('ID')>."),
    ("details-ontoggle", f"{_OK} <details open ontoggle=__pwned('ID')>."),
    ("video-source-onerror", f"{_OK} <video><source onerror=__pwned('ID')></video>."),
    ("marquee-onstart", f"{_OK} <marquee onstart=__pwned('ID')>x</marquee>."),
    # handlers and URLs on the unit's own tags (their attributes must come from the source)
    ("a-href-javascript", "Lisez <a_1 href=\"javascript:__pwned('ID')\">le rapport</a_1> et <em_2>ceci</em_2>."),
    ("a-onclick", "Lisez <a_1 onclick=\"__pwned('ID')\">le rapport</a_1> et <em_2>ceci</em_2>."),
    ("a-onmouseover-unquoted", "Lisez <a_1 onmouseover=__pwned('ID')>le rapport</a_1> et <em_2>ceci</em_2>."),
    ("em-style", "Lisez <a_1>le rapport</a_1> et <em_2 style=\"background:url(javascript:__pwned('ID'))\">ceci</em_2>."),
    ("a-upper", "Lisez <A_1 HREF=\"javascript:__pwned('ID')\">le rapport</A_1> et <em_2>ceci</em_2>."),
    ("a-xlink", "Lisez <a_1 xmlns:x='http://www.w3.org/1999/xlink' x:href=\"javascript:__pwned('ID')\">le rapport"
                "</a_1> et <em_2>ceci</em_2>."),
    ("a-close-then-script", "Lisez <a_1>le rapport</a_1><script>__pwned('ID')</script><a_1>x</a_1> et <em_2>ceci</em_2>."),
    ("close-a-early", "Lisez <a_1>le rapport</a_1 ><img src=x onerror=__pwned('ID')> et <em_2>ceci</em_2>."),
    # javascript:/data: URLs in many encodings (published as text, they must still be refused or inert)
    ("url-tab", f"{_OK} <a href=\"jav\tascript:__pwned('ID')\">x</a>."),
    ("url-entity-tab", f"{_OK} <a href=\"jav&#x09;ascript:__pwned('ID')\">x</a>."),
    ("url-decimal", f"{_OK} <a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__pwned('ID')\">x</a>."),
    ("url-hex-padded", f"{_OK} <a href=\"&#x0000006A&#x00000061vascript:__pwned('ID')\">x</a>."),
    ("url-colon-entity", f"{_OK} <a href=\"javascript&colon;__pwned('ID')\">x</a>."),
    ("url-leading-space", f"{_OK} <a href=\" &#14; javascript:__pwned('ID')\">x</a>."),
    ("url-data-html", f"{_OK} <a href=\"data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZCgnSUQnKTwvc2NyaXB0Pg==\">x</a>."),
    ("url-vbscript", f"{_OK} <a href=\"vbscript:msgbox('ID')\">x</a>."),
    ("iframe-javascript", f"{_OK} <iframe src=\"javascript:top.__pwned('ID')\"></iframe>."),
    ("iframe-srcdoc", f"{_OK} <iframe srcdoc=\"&lt;script&gt;top.__pwned('ID')&lt;/script&gt;\"></iframe>."),
    ("object-data", f"{_OK} <object data=\"javascript:__pwned('ID')\"></object>."),
    ("embed-src", f"{_OK} <embed src=\"data:image/svg+xml,<svg onload=top.__pwned('ID')>\">."),
    ("form-action", f"{_OK} <form><button formaction=\"javascript:__pwned('ID')\">x</button></form>."),
    ("meta-refresh", f"{_OK} <meta http-equiv=\"refresh\" content=\"0;url=javascript:__pwned('ID')\">."),
    ("base-href", f"{_OK} <base href=\"javascript:__pwned('ID')//\">."),
    ("link-import", f"{_OK} <link rel=stylesheet href=\"javascript:__pwned('ID')\">."),
    ("style-import", f"{_OK} <style>@import 'javascript:__pwned(\"ID\")';</style>."),
    # comments, CDATA, processing instructions, doctype and entity tricks
    ("cdata-script", f"{_OK} <![CDATA[<script>__pwned('ID')</script>]]>."),
    ("comment-break", f"{_OK} <!--<script>--><script>__pwned('ID')</script><!---->."),
    ("comment-unterminated", f"{_OK} <!-- --!><script>__pwned('ID')</script>."),
    ("processing-instruction", f"{_OK} <?xml-stylesheet href=\"javascript:__pwned('ID')\"?>."),
    ("entity-declared", f"<!DOCTYPE p [<!ENTITY x \"&#60;script&#62;__pwned('ID')&#60;/script&#62;\">]>{_OK} &x;."),
    ("entity-bomb", "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                    "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                    f"{_OK} &lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;."),
    ("entity-external", f"<!DOCTYPE p [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>{_OK} &xxe;."),
    ("entity-escaped-script", f"{_OK} &lt;script&gt;__pwned('ID')&lt;/script&gt;."),
    ("entity-undefined", f"{_OK} &lol9;."),
    # mutation XSS and parser differentials
    ("mxss-math-style", f"{_OK} <math><mtext><table><mglyph><style><img src=x onerror=__pwned('ID')>."),
    ("mxss-noscript", f"{_OK} <noscript><p title=\"</noscript><img src=x onerror=__pwned('ID')>\">."),
    ("mxss-svg-style", f"{_OK} <svg></p><style><a id=\"</style><img src=1 onerror=__pwned('ID')>\">."),
    ("mxss-textarea", f"{_OK} <textarea></textarea><img src=x onerror=__pwned('ID')>."),
    ("template-content", f"{_OK} <template><img src=x onerror=__pwned('ID')></template>."),
    ("xmp-break", f"{_OK} <xmp></xmp><img src=x onerror=__pwned('ID')>."),
    # unbalanced, unknown and abused placeholders
    ("unbalanced-open", "Lisez <a_1>le rapport et <em_2>ceci</em_2>."),
    ("unbalanced-crossed", "Lisez <a_1>le rapport <em_2>et</a_1> ceci</em_2>."),
    ("unknown-placeholder", "Lisez <a_1>le rapport</a_1> et <em_2>ceci</em_2> <a_9>là</a_9>."),
    ("unknown-tag", "Lisez <a_1>le rapport</a_1> et <b>ceci</b>."),
    ("duplicated-placeholder", "Lisez <a_1>le rapport</a_1> et <a_1>encore</a_1> <em_2>ceci</em_2>."),
    ("placeholder-self-closed", "Lisez <a_1/> et <em_2>ceci</em_2>."),
    ("placeholder-renamed", "Lisez <script_1>__pwned('ID')</script_1> et <em_2>ceci</em_2>."),
    ("stray-close", f"{_OK}</p></body><script>__pwned('ID')</script>."),
    ("control-chars", f"{_OK} \x01\x02<script>__pwned('ID')</script>."),
    ("nul-in-tag", f"{_OK} <scr\x00ipt>__pwned('ID')</script>."),
]

PLAIN = [
    ("attr-break-double", "\"><script>__pwned('ID')</script>"),
    ("attr-break-single", "' onmouseover='__pwned(\"ID\")' x='"),
    ("attr-break-handler", "\" onerror=\"__pwned('ID')"),
    ("attr-break-unquoted", "x onfocus=__pwned('ID') autofocus"),
    ("title-break", "</title><script>document.title='PWNED-ID'</script>"),
    ("plain-script", "<script>__pwned('ID')</script>"),
    ("plain-img", "<img src=x onerror=__pwned('ID')>"),
    ("plain-javascript-url", "javascript:__pwned('ID')"),
    ("plain-entity", "&lt;script&gt;__pwned('ID')&lt;/script&gt;"),
    ("plain-entity-bomb", "<!DOCTYPE t [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>&b;"),
    ("plain-placeholder", "<a_1>__pwned('ID')</a_1>"),
    ("plain-comment", "<!-- x --><svg onload=__pwned('ID')>"),
]

PAYLOADS = [Payload(name, "inline", text) for name, text in INLINE] + \
           [Payload(name, "plain", text) for name, text in PLAIN]

# translations that must be published (the test is not vacuous: safe work gets through)
CONTROLS = [
    Payload("control-inline", "inline", "Lisez <a_1>le rapport</a_1> et <em_2>ceci</em_2> (contrôle)."),
    Payload("control-plain", "plain", "Élément simple (contrôle)."),
    Payload("control-reordered", "inline", "<em_2>Ceci</em_2> et <a_1>le rapport</a_1> : à lire."),
]
