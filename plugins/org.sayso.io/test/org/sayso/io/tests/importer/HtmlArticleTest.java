package org.sayso.io.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sayso.io.tests.importer.PlainTextEncodingTest.assertContains;
import static org.sayso.io.tests.importer.PlainTextEncodingTest.bytes;
import static org.sayso.io.tests.importer.PlainTextEncodingTest.concat;
import static org.sayso.io.tests.importer.PlainTextEncodingTest.single;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.io.importer.ArticleFormat;
import org.sayso.io.importer.ArticleImportException;
import org.sayso.io.importer.ArticleReader;
import org.sayso.io.importer.ImportWarning;
import org.sayso.io.importer.ImportWarning.Kind;

/** Article text out of news pages written for these tests, each with the clutter real pages have. */
class HtmlArticleTest {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** A page of a modern site, UTF-8: the article is marked, and surrounded by everything else. */
	private static final String HARBOUR_PILOTS = """
			<!DOCTYPE html>
			<html lang="en-GB">
			<head>
			<meta charset="utf-8">
			<title>Harbour pilots strike halts Tallinn ferries | The Baltic Ledger</title>
			<meta property="og:title" content="Harbour Pilots Strike Halts Tallinn Ferries">
			<meta property="og:url" content="https://ledger.example/news/2024/05/harbour-pilots-strike?utm_source=og">
			<link rel="canonical" href="https://ledger.example/news/2024/05/harbour-pilots-strike">
			<style>body { font-family: serif; }</style>
			<script>window.dataLayer = [{"section": "business"}];</script>
			</head>
			<body class="page has-cookie-banner">
			<div id="cookie-banner" class="consent-bar"><p>We use cookies to improve your experience on our site. <button>Accept all</button></p></div>
			<header class="site-header"><h1 class="logo">The Baltic Ledger</h1>
			<nav><ul><li><a href="/">Home</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
			<main>
			<article class="story">
			<header>
			<h1>Harbour Pilots Strike Halts Tallinn Ferries</h1>
			<p class="byline">By Kadri Tamm</p>
			<time datetime="2024-05-14">14 May 2024</time>
			</header>
			<ul class="share-buttons"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li></ul>
			<p>TALLINN (Sayso Wire) May 14, 2024 &ndash; Harbour pilots in Tallinn walked off the job on Tuesday,
			   leaving <em>eleven</em> ferries stuck at their berths and thousands of travellers waiting at the terminal.</p>
			<figure><img src="ferry.jpg" alt="A ferry at its berth"><figcaption>Ferries stayed in port on Tuesday. Photo: Sayso Wire</figcaption></figure>
			<p>&ldquo;Nobody wants to strand passengers,&rdquo; said <a href="/people/mart-kask">Mart Kask</a>, who chairs the pilots&rsquo; association. &ldquo;But we have warned the port for two years.&rdquo;</p>
			<div class="newsletter-signup"><p>Get the Ledger&rsquo;s business briefing in your inbox every morning.</p><form><input type="email"><button>Sign up</button></form></div>
			<p>The port authority said in a statement that it <q>regretted the disruption</q> and hoped to resume talks    on
			Thursday.<br>Its chief executive, <strong>Liis Saar</strong>, was not available for comment.</p>
			<p><a href="/news/2024/05/port-fees">Read more: Port fees to rise in June</a></p>
			<p>Ferry operators said the walkout would cost them about &euro;400,000 a day.</p>
			</article>
			</main>
			<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Dockers in Gdansk vote on pay deal</a></li></ul></aside>
			<footer><p>&copy; 2024 The Baltic Ledger. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
			<script>trackPageView("harbour-pilots");</script>
			</body>
			</html>
			""";

	/** A page of an older site, windows-1252 by its http-equiv meta, with no element that marks the article. */
	private static final String STADTRAT = """
			<html lang="de">
			<head>
			<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
			<title>Stadtrat vertagt Abstimmung – Rheinische Abendpost</title>
			</head>
			<body>
			<div id="top"><div class="menu"><a href="/">Startseite</a> | <a href="/lokales">Lokales</a> | <a href="/sport">Sport</a></div></div>
			<div id="page">
			  <div class="col-left">
			    <div class="teaser-list">
			      <p><a href="/1">Neue Radwege für die Innenstadt geplant, sagt die Verwaltung</a></p>
			      <p><a href="/2">Hochwasserschutz: Der Deich am Rheinufer wird bis 2026 erhöht</a></p>
			    </div>
			  </div>
			  <div class="col-main">
			    <h1>Stadtrat vertagt Abstimmung über Bäderkonzept</h1>
			    <div class="text">
			      <p>KÖLN (Sayso Wire) 12. März 2024 – Der Stadtrat hat die Abstimmung über das neue Bäderkonzept am Dienstag überraschend vertagt.</p>
			      <p>„Wir brauchen mehr Zeit für die Zahlen“, sagte die Fraktionschefin der Grünen, Petra Weiß, nach der Sitzung.</p>
			      <div class="adSlot"><p>Anzeige: Jetzt das Girokonto wechseln und sich einen Bonus von 50 Euro sichern!</p></div>
			      <p>Die Verwaltung will die Kosten bis zum nächsten Monat neu berechnen. Das Konzept sieht vor, zwei der sieben Hallenbäder zu schließen.</p>
			    </div>
			    <div id="comments"><h3>Kommentare (2)</h3>
			      <p>Leser123: Das ist doch wieder typisch, die Entscheidung wird verschoben bis nach der Wahl im Herbst.</p>
			      <p>Anna K.: Unser Bad in Nippes darf nicht geschlossen werden, das wäre ein großer Fehler für den ganzen Stadtteil.</p>
			      <p>Rheinländer: Seit Jahren wird über die Bäder geredet und nichts passiert, die Schwimmkurse für Kinder fallen aus.</p>
			      <p>M. Schulz: Wer die Zahlen kennt, weiß, dass zwei Bäder nicht zu halten sind. Der Rat sollte endlich entscheiden.</p>
			    </div>
			  </div>
			</div>
			<div class="footer">Impressum · Datenschutz · © Rheinische Abendpost</div>
			</body>
			</html>
			""";

	/** Declared ISO-8859-1 and written in windows-1252, as many such pages are; schema.org markup. */
	private static final String ORCAMENTO = """
			<!doctype html>
			<html lang="pt-PT">
			<head><meta charset="ISO-8859-1">
			<meta property="og:url" content="https://diario.example/politica/orcamento-lisboa">
			<title>Diário do Tejo</title></head>
			<body>
			<article itemscope itemtype="https://schema.org/NewsArticle">
			<h2 itemprop="headline">Câmara de Lisboa adia votação do orçamento</h2>
			<div class="social-share"><a href="#">Partilhar</a> <a href="#">Tweet</a></div>
			<div itemprop="articleBody">
			<p>LISBOA (Sayso Wire) 3 de dezembro de 2025 – A Câmara Municipal de Lisboa adiou na terça-feira a votação do orçamento para 2026.</p>
			<p>&nbsp;</p>
			<p>“Não há condições para votar hoje”, disse o vereador João Matos aos jornalistas. O executivo não comentou.</p>
			</div>
			</article>
			</body>
			</html>
			""";

	@TempDir
	Path folder;

	private final ArticleReader reader = new ArticleReader();

	@Test
	void aMarkedArticleIsTakenWithoutThePageAroundIt() throws Exception {
		var file = write("Harbour Pilots.html", HARBOUR_PILOTS.getBytes(StandardCharsets.UTF_8));
		var article = reader.read(file);

		assertEquals("""
				Harbour Pilots Strike Halts Tallinn Ferries

				TALLINN (Sayso Wire) May 14, 2024 \u2013 Harbour pilots in Tallinn walked off the job on Tuesday, \
				leaving eleven ferries stuck at their berths and thousands of travellers waiting at the terminal.

				\u201CNobody wants to strand passengers,\u201D said Mart Kask, who chairs the pilots\u2019 association. \
				\u201CBut we have warned the port for two years.\u201D

				The port authority said in a statement that it regretted the disruption and hoped to resume talks on \
				Thursday.
				Its chief executive, Liis Saar, was not available for comment.

				Ferry operators said the walkout would cost them about \u20AC400,000 a day.
				""", article.text());
		assertNone(article.text(), "cookies", "Accept all", "Baltic Ledger", "Home", "Business", "Share on", "Kadri Tamm",
				"14 May 2024", "Photo", "briefing", "Sign up", "Read more", "Related stories", "Gdansk",
				"rights reserved", "Privacy", "dataLayer", "trackPageView", "font-family");
		assertEquals(Optional.of("Harbour Pilots Strike Halts Tallinn Ferries"), article.title());
		assertEquals(URI.create("https://ledger.example/news/2024/05/harbour-pilots-strike"), article.source());
		assertEquals(Optional.of("en-GB"), article.language());
		assertEquals(StandardCharsets.UTF_8, article.encoding());
		assertEquals(ArticleFormat.HTML, article.format());
		assertEquals("harbour-pilots", article.docId());
		assertEquals(List.of(), article.warnings());
	}

	@Test
	void withoutMarksTheBlockWithTheMostProseIsTakenAndTheDeclaredEncodingHonoured() throws Exception {
		var bytes = STADTRAT.getBytes(WINDOWS_1252);
		assertEquals(0x84, bytes[STADTRAT.indexOf('\u201E')] & 0xFF, "the test page is in windows-1252");
		var file = write("stadtrat.htm", bytes);
		var article = reader.read(file);

		assertEquals("""
				Stadtrat vertagt Abstimmung über Bäderkonzept

				KÖLN (Sayso Wire) 12. März 2024 – Der Stadtrat hat die Abstimmung über das neue Bäderkonzept am \
				Dienstag überraschend vertagt.

				„Wir brauchen mehr Zeit für die Zahlen“, sagte die Fraktionschefin der Grünen, Petra Weiß, nach der \
				Sitzung.

				Die Verwaltung will die Kosten bis zum nächsten Monat neu berechnen. Das Konzept sieht vor, zwei der \
				sieben Hallenbäder zu schließen.
				""", article.text());
		assertNone(article.text(), "Startseite", "Radwege", "Deich", "Anzeige", "Kommentare", "Leser123", "Nippes",
				"Schulz", "Impressum");
		assertEquals(WINDOWS_1252, article.encoding());
		assertEquals(Optional.of("Stadtrat vertagt Abstimmung über Bäderkonzept"), article.title());
		assertEquals(Optional.of("de"), article.language());
		assertEquals(file.toUri(), article.source());
		var warning = single(article.warnings());
		assertEquals(Kind.ARTICLE_GUESSED, warning.kind());
		assertContains(warning.message(), file.toString(), "<div class=\"text\">", "Check that the document holds"
				+ " the whole article");
	}

	@Test
	void aPageDeclaredIso88591IsReadAsWindows1252LikeBrowsersDo() throws Exception {
		var file = write("orcamento.html", ORCAMENTO.getBytes(WINDOWS_1252));
		var article = reader.read(file);

		assertEquals("""
				Câmara de Lisboa adia votação do orçamento

				LISBOA (Sayso Wire) 3 de dezembro de 2025 – A Câmara Municipal de Lisboa adiou na terça-feira a \
				votação do orçamento para 2026.

				“Não há condições para votar hoje”, disse o vereador João Matos aos jornalistas. O executivo não \
				comentou.
				""", article.text());
		assertEquals(WINDOWS_1252, article.encoding());
		assertEquals(Optional.of("Câmara de Lisboa adia votação do orçamento"), article.title());
		assertEquals(URI.create("https://diario.example/politica/orcamento-lisboa"), article.source());
		assertEquals(Optional.of("pt-PT"), article.language());
		assertEquals(List.of(), article.warnings());
	}

	@Test
	void aPageThatDeclaresUtf8ButIsNotIsDetectedWithAWarning() throws Exception {
		var page = concat(ascii("<html><head><meta charset=\"UTF-8\"></head><body><article><h1>Vote</h1><p>"),
				bytes(0x93), ascii("Not today,"), bytes(0x94), ascii(" the mayor said.</p></article></body></html>"));
		var file = write("vote.html", page);
		var article = reader.read(file);
		assertEquals("Vote\n\n\u201CNot today,\u201D the mayor said.\n", article.text());
		var warning = single(article.warnings());
		assertEquals(Kind.ENCODING_ASSUMED, warning.kind());
		assertContains(warning.message(), file.toString(), "declares UTF-8 but is not valid UTF-8", "windows-1252");
	}

	@Test
	void anUnknownDeclaredEncodingIsReportedAndTheEncodingDetected() throws Exception {
		var page = concat(ascii("<html><head><meta charset=\"x-newsroom-7\"></head><body><article><p>Caf"),
				bytes(0xE9), ascii(" closes.</p></article></body></html>"));
		var file = write("closing.html", page);
		var article = reader.read(file);
		assertEquals("Caf\u00E9 closes.\n", article.text());
		assertEquals(StandardCharsets.ISO_8859_1, article.encoding());
		assertEquals(List.of(Kind.ENCODING_DECLARATION_IGNORED, Kind.ENCODING_ASSUMED),
				article.warnings().stream().map(ImportWarning::kind).toList());
		assertContains(article.warnings().get(0).message(), file.toString(), "'x-newsroom-7'");
		assertContains(article.warnings().get(1).message(), "declares an unknown encoding and is not valid UTF-8");
	}

	@Test
	void aByteOrderMarkWinsOverTheDeclaredEncoding() throws Exception {
		var page = "<html><head><meta charset=\"windows-1252\"></head><body><article><p>Café “Zur Post” closes.</p>"
				+ "</article></body></html>";
		var article = reader.read(write("cafe.html", concat(bytes(0xEF, 0xBB, 0xBF), page.getBytes(StandardCharsets.UTF_8))));
		assertEquals("Café “Zur Post” closes.\n", article.text());
		assertEquals(StandardCharsets.UTF_8, article.encoding());
	}

	@Test
	void aTextFileHoldingAPageIsReadAsHtmlAndSaysSo() throws Exception {
		var page = "\n<!-- saved from the CMS -->\n<!DOCTYPE html><html><head><title>Tender</title></head><body>"
				+ "<main><h1>Tender Reopened</h1><p>WARSAW (Sayso Wire) - The tender reopened.</p></main></body></html>";
		var file = write("tender.txt", page.getBytes(StandardCharsets.UTF_8));
		var article = reader.read(file);
		assertEquals("Tender Reopened\n\nWARSAW (Sayso Wire) - The tender reopened.\n", article.text());
		assertEquals(ArticleFormat.HTML, article.format());
		var warning = single(article.warnings());
		assertEquals(Kind.READ_AS_HTML, warning.kind());
		assertContains(warning.message(), file.toString(), "rename it to .html");
	}

	@Test
	void anInvalidCanonicalAddressIsNotTheSourceAndSaysSo() throws Exception {
		var page = "<html><head><link rel=\"canonical\" href=\"/news/port talks\"></head><body><article>"
				+ "<p>The talks resumed.</p></article></body></html>";
		var file = write("talks.html", page.getBytes(StandardCharsets.UTF_8));
		var article = reader.read(file);
		assertEquals(file.toUri(), article.source());
		var warning = single(article.warnings());
		assertEquals(Kind.SOURCE_URI_IGNORED, warning.kind());
		assertContains(warning.message(), file.toString(), "'/news/port talks'");
	}

	@Test
	void controlCharactersFromCharacterReferencesAreReplacedInTheExtractedText() throws Exception {
		var page = "<html><body><article><h1>Bank</h1><p>Rates rose&#27;[1m today.</p></article></body></html>";
		var article = reader.read(write("rates.html", page.getBytes(StandardCharsets.UTF_8)));
		assertEquals("Bank\n\nRates rose\uFFFD[1m today.\n", article.text());
		assertContains(single(article.warnings()).message(), "1 character that XML cannot store was replaced by U+FFFD"
				+ " at offset 16");
	}

	@Test
	void aPageWithoutArticleTextIsRefused() throws Exception {
		var page = "<html><head><script>location.href='/login'</script></head><body><nav><a href=\"/\">Home</a></nav>"
				+ "</body></html>";
		var file = write("login.html", page.getBytes(StandardCharsets.UTF_8));
		var error = assertThrows(ArticleImportException.class, () -> reader.read(file));
		assertContains(error.getMessage(), file.toString(), "no article text");
	}

	private static void assertNone(String text, String... boilerplate) {
		for (var part : boilerplate) {
			assertFalse(text.contains(part), () -> "'" + part + "' is boilerplate, but in: " + text);
		}
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private Path write(String name, byte[] content) throws Exception {
		return Files.write(folder.resolve(name), content);
	}
}
