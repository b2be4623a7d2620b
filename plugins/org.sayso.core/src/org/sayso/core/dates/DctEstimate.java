package org.sayso.core.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

/**
 * An article's date estimated from where it came from, for articles that come without one: news sites and archives
 * put the publication date into addresses and file names ({@code /2016/09/28/...}, {@code nyt_2016-09-08_...},
 * {@code APW19980807.0261}). It is an estimate, to be confirmed by the annotator, and says which characters it came
 * from.
 * <p>
 * The dates an article's text names are no estimate: measured on TimeBank, AQUAINT and PolNeAR, the latest full date
 * named in the text was within three days of the article's date for 2 of 27 articles, as such dates mostly report
 * the past. So the text is not used.
 *
 * @param date  the estimated date
 * @param found the characters of the name it was read from
 */
public record DctEstimate(LocalDate date, String found) {

	private static final Pattern SEPARATED = Pattern.compile(
			"(?<!\\d)((?:19|20)\\d\\d)[-_/.](0[1-9]|1[0-2])[-_/.](0[1-9]|[12]\\d|3[01])(?!\\d)");
	private static final Pattern COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)");

	/** The estimate from an article's address or file name, or empty when it holds no date. */
	public static Optional<DctEstimate> fromName(@Nullable String name) {
		if (name == null) {
			return Optional.empty();
		}
		for (var pattern : new Pattern[] { SEPARATED, COMPACT }) {
			var matcher = pattern.matcher(name);
			while (matcher.find()) {
				try {
					var date = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
							Integer.parseInt(matcher.group(3)));
					return Optional.of(new DctEstimate(date, matcher.group()));
				} catch (DateTimeException e) {
					// 2016-02-31 is no date: a later match may be one
				}
			}
		}
		return Optional.empty();
	}
}
