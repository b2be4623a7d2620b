package org.sayso.core.xmi;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

/**
 * Why an EMF file (a project file, an EMF corpus) could not be loaded, in the user's terms: what is wrong and where,
 * instead of the parser's own text ("Package with uri 'null' not found").
 */
public final class EmfProblems {

	private EmfProblems() {
	}

	/** The reason, with its line and column when the parser gave them. */
	public static String reason(Throwable failure) {
		var problem = unwrap(failure);
		var where = where(problem);
		if (problem instanceof PackageNotFoundException p) {
			return "it is XML but not in Sayso's format (its first element is in the namespace '" + p.uri()
					+ "' instead of http://sayso.org/model/1.0)" + where;
		}
		if (problem instanceof ClassNotFoundException c) {
			return "it holds an element of a kind Sayso does not know ('" + c.getName() + "')" + where;
		}
		if (problem instanceof FeatureNotFoundException f) {
			return "it holds an attribute or element Sayso does not know ('" + f.getName() + "')" + where;
		}
		if (problem instanceof IllegalValueException v) {
			return "the value '" + v.getValue() + "' of '" + v.getFeature().getName() + "' is not allowed there" + where;
		}
		if (problem instanceof XMIException x && x.getMessage() != null && x.getMessage().startsWith("Value '")) {
			// EMF's text for a value its data type cannot parse ("Value 'zz' is not legal. (file, 10, 117)")
			var value = x.getMessage().substring(7, Math.max(7, x.getMessage().indexOf("' is not legal")));
			return "the value '" + value + "' is not of the kind its attribute takes (a number, a date, one of a list)"
					+ where;
		}
		if (problem instanceof SAXParseException s) {
			return "it is not well-formed XML (" + s.getMessage() + ") at line " + s.getLineNumber() + ", column "
					+ s.getColumnNumber();
		}
		var cause = problem;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		if (cause instanceof NumberFormatException) {
			return "it holds a value that is not a number where a number belongs (" + cause.getMessage() + ")" + where;
		}
		if (cause instanceof SAXParseException s) {
			return reason(s);
		}
		var message = cause.getMessage();
		return (message == null || message.isBlank() ? cause.getClass().getSimpleName() : message) + where;
	}

	private static Throwable unwrap(Throwable failure) {
		var problem = failure;
		while ((problem instanceof Resource.IOWrappedException || problem instanceof RuntimeException
				&& problem.getCause() instanceof Exception) && problem.getCause() != null && problem.getCause() != problem) {
			problem = problem.getCause();
		}
		return problem;
	}

	private static String where(Throwable problem) {
		return problem instanceof XMIException x && x.getLine() > 0
				? " at line " + x.getLine() + ", column " + x.getColumn() : "";
	}
}
