"""Safe parsing: entity bombs and external entities refused, no network, HTML5 syntax."""

from __future__ import annotations

import http.server
import resource
import threading
import time
import tracemalloc

import lxml.html
import pytest

from yzi18n.documents import parse_document, serialize_document
from yzi18n.errors import DocumentError


def billion_laughs(levels: int = 10) -> str:
    declarations = ['<!ENTITY lol0 "lol">']
    declarations += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)]
    return (f'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n' + "\n".join(declarations) +
            f"\n]>\n<lolz>&lol{levels - 1};</lolz>")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32"])
def test_billion_laughs_is_refused_quickly_in_bounded_memory(encoding):
    text = billion_laughs()
    data = text.replace('<?xml version="1.0"?>', f'<?xml version="1.0" encoding="{encoding}"?>').encode(encoding)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(DocumentError) as error:
        parse_document(data, "bomb.xml")
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_growth_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before
    assert elapsed < 5.0
    assert peak < 20 * 1024 * 1024
    assert rss_growth_kib < 100 * 1024
    assert str(error.value).startswith("bomb.xml:3: XML entity declarations are not accepted")


def test_external_entity_is_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    data = (f'<?xml version="1.0"?>\n<!DOCTYPE r [\n<!ENTITY x SYSTEM "file://{secret}">\n]>\n<r>&x;</r>').encode()
    with pytest.raises(DocumentError, match="entity declarations are not accepted") as error:
        parse_document(data, "xxe.xml")
    assert "TOP-SECRET-VALUE" not in str(error.value)


def test_external_dtd_is_not_loaded(tmp_path):
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY x "TOP-SECRET-VALUE">', encoding="utf-8")
    data = f'<?xml version="1.0"?>\n<!DOCTYPE r SYSTEM "file://{dtd}">\n<r>a&x;b</r>'.encode()
    try:
        document = parse_document(data, "ext.xml")
    except DocumentError:
        return  # refusing is as good as not loading
    assert b"TOP-SECRET-VALUE" not in serialize_document(document)
    assert "TOP-SECRET-VALUE" not in "".join(document.root.itertext())


def test_no_network_access_for_dtds():
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'<!ENTITY x "NETWORK">')

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/x.dtd"
        data = f'<?xml version="1.0"?><!DOCTYPE r SYSTEM "{url}"><r>text</r>'.encode()
        try:
            parse_document(data, "net.xml")
        except DocumentError:
            pass
        html = f'<!DOCTYPE html SYSTEM "{url}"><p>x</p>'.encode()
        parse_document(html, "net.html")
    finally:
        server.shutdown()
        server.server_close()
    assert requests == []


def test_entity_text_outside_the_doctype_is_not_a_false_alarm():
    document = parse_document(b"<doc><!-- write <!ENTITY x 'y'> in a DTD --><p>&lt;!ENTITY&gt;</p></doc>",
                              "ok.xml")
    assert document.root.find("p").text == "<!ENTITY>"


def test_xml_syntax_errors_name_path_and_line():
    with pytest.raises(DocumentError) as error:
        parse_document(b"<doc>\n<p>\n</doc>", "broken.xml")
    assert str(error.value).startswith("broken.xml:3: cannot parse XML")


def test_html5_syntax_void_boolean_unquoted_and_omitted_end_tags():
    page = (b"<!DOCTYPE html>\n<title>T</title>\n<p>one<img src=a.png alt=Hi>two<br>three\n<p>four\n"
            b"<ul><li>a<li>b</ul>\n<input type=checkbox checked disabled>\n"
            b"<table><tr><td>1<td>2</table>\n<dl><dt>t<dd>d</dl>")
    document = parse_document(page, "page.html")
    body = document.root.find("body")
    paragraphs = body.findall("p")
    assert [p.text for p in paragraphs] == ["one", "four\n"]
    img = paragraphs[0].find("img")
    assert len(img) == 0 and img.tail == "two" and img.get("alt") == "Hi" and img.get("src") == "a.png"
    assert paragraphs[0].find("br").tail == "three\n"
    assert [li.text for li in body.iter("li")] == ["a", "b"]
    checkbox = body.find("input")
    assert "checked" in checkbox.attrib and "disabled" in checkbox.attrib
    assert [td.text for td in body.iter("td")] == ["1", "2"]
    assert [e.tag for e in body.find("dl")] == ["dt", "dd"]
    assert paragraphs[1].sourceline == 4 and body.find("ul").sourceline == 5
    assert document.doctype == "<!DOCTYPE html>"
    out = serialize_document(document).decode()
    assert "<br>" in out and "<br/>" not in out and "checked" in out


def test_html_encoding_from_bom_meta_and_unknown_labels():
    assert parse_document("<p>é</p>".encode("utf-16"), "a.html").root.find(".//p").text == "é"
    latin = '<meta charset="iso-8859-1"><p>é</p>'.encode("latin-1")
    assert parse_document(latin, "b.html").root.find(".//p").text == "é"
    unknown = '<meta charset="no-such-charset"><p>é</p>'.encode()
    assert parse_document(unknown, "c.html").root.find(".//p").text == "é"


def test_empty_html_is_a_document_error():
    with pytest.raises(DocumentError, match="^empty.html: cannot parse HTML"):
        parse_document(b"", "empty.html")


def test_directory_is_kept_for_linked_rules():
    document = parse_document(b"<doc/>", "source/doc.xml", directory="/abs/source")
    assert document.directory == "/abs/source"
    assert isinstance(lxml.html.HtmlElement, type)
