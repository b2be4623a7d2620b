package org.sayso.core.cas;

import java.util.regex.Pattern;

import org.sayso.model.Rejection;
import org.sayso.model.SaysoFactory;

/**
 * A rejected suggestion as one string in {@code AnnotationSetInfo.rejections}: {@code type:begin-end} or
 * {@code type:begin-end=value}. A string rather than a type of its own, so that tools outside Sayso see no extra
 * annotations.
 */
final class Rejections {

	private static final Pattern FORMAT = Pattern.compile("([a-z]+):(\\d+)-(\\d+)(?:=(.*))?", Pattern.DOTALL);

	private Rejections() {
	}

	static String format(Rejection r) {
		return r.getType() + ":" + r.getBegin() + "-" + r.getEnd() + (r.getValue() == null ? "" : "=" + r.getValue());
	}

	/** The rejection, or {@code null} when the string is not in the format. */
	static Rejection parse(String s) {
		var m = s == null ? null : FORMAT.matcher(s);
		if (m == null || !m.matches()) {
			return null;
		}
		var r = SaysoFactory.eINSTANCE.createRejection();
		r.setType(m.group(1));
		try {
			r.setBegin(Integer.parseInt(m.group(2)));
			r.setEnd(Integer.parseInt(m.group(3)));
		} catch (NumberFormatException e) {
			return null; // offsets beyond int: not written by Sayso
		}
		r.setValue(m.group(4));
		return r;
	}
}
