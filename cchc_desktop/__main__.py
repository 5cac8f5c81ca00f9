from cchc_desktop.cli import main

if __name__ == "__main__":  # not in a child process that multiprocessing's spawn starts (it imports this module)
    raise SystemExit(main())
