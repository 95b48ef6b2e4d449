// Package stdlib holds pyg's standard library: Go-implemented modules (one
// subpackage or file per module, each declaring its name, functions and
// constants) and modules written in Python, embedded in the binary.
//
// Input: an Interpreter. Output: entries in its module registry
// (Interpreter.NativeModules and Interpreter.SourceModules), which the VM's
// importer consults when a program imports a module. Nothing is imported
// eagerly: a module is built the first time a program imports it.
//
// Invariants: stdlib depends on runtime only (never on vm or the compiler);
// modules hold no package-level mutable state — everything hangs off the
// Interpreter or the module object.
package stdlib
