/* Starts the packaged app: finds its prefix from /proc/self/exe, sets PYTHONPATH to the
   app and its packages, and replaces itself with /usr/bin/python3 -s -m <module>. */
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char *argv[]) {
    char exe[PATH_MAX], prefix[PATH_MAX], path[2 * PATH_MAX + 64];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n < 0) { perror("readlink"); return 1; }
    exe[n] = '\0';
    strncpy(prefix, dirname(dirname(exe)), sizeof prefix - 1);
    prefix[sizeof prefix - 1] = '\0';
    snprintf(path, sizeof path, "%s/lib/{{ cookiecutter.app_name }}/app:%s/lib/{{ cookiecutter.app_name }}/app_packages",
             prefix, prefix);
    setenv("PYTHONPATH", path, 1);
    char **args = calloc((size_t)argc + 4, sizeof *args);
    if (!args) return 1;
    args[0] = "/usr/bin/python3";
    args[1] = "-s";
    args[2] = "-m";
    args[3] = "{{ cookiecutter.module_name }}";
    for (int i = 1; i < argc; i++) args[i + 3] = argv[i];
    execv(args[0], args);
    perror("execv /usr/bin/python3");
    return 1;
}
