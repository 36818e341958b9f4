// The editor's program (paiban-editor), which `paiban` starts when given no subcommand.
namespace paiban::editor {
int run(int argc, char** argv);
}

int main(int argc, char** argv) {
    return paiban::editor::run(argc, argv);
}
