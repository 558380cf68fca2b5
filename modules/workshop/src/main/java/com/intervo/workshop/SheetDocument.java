package com.intervo.workshop;

/** A protocol of a sheet as a PDF, with the file name it is saved under. */
public record SheetDocument(String fileName, byte[] pdf) {}
