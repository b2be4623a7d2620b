package org.sayso.core;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in words: Java's file exceptions carry only the path as their message, so "Cannot read
 * X: X" told the user nothing.
 */
public final class IoProblems {

	private IoProblems() {
	}

	/** The reason of {@code e} (a file operation's exception, or another's message), such as "permission denied" or "it does not exist". */
	public static String reason(Exception e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied (check that you may read and write it, and its folder)";
		}
		if (e instanceof NoSuchFileException) {
			return "it does not exist";
		}
		if (e instanceof NotDirectoryException) {
			return "it is not a folder";
		}
		if (e instanceof DirectoryNotEmptyException) {
			return "the folder is not empty";
		}
		if (e instanceof FileAlreadyExistsException) {
			return "it exists already";
		}
		if (e instanceof FileSystemException f) {
			return f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
		}
		var message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}
}
