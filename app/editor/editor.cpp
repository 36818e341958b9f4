namespace paiban::editor {
int run(int, char**) { return 1; }
}
