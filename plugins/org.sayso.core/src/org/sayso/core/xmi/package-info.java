/**
 * Reading UIMA XMI that Sayso did not write: hardened against hostile XML, lenient towards other type systems,
 * and never silent about what it drops. {@link org.sayso.core.xmi.SafeXmiReader} is the entry point; it returns an
 * {@link org.sayso.core.xmi.XmiReadResult} with the {@link org.sayso.core.xmi.ImportReport} of what was dropped, or
 * refuses the file with an {@link org.sayso.core.xmi.XmiReadException} that says where and what to do.
 */
package org.sayso.core.xmi;
