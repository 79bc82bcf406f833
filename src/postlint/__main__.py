from postlint.cli.main import command

command()
